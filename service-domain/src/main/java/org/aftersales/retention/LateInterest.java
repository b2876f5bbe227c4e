package org.aftersales.retention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;

/**
 * Interest on retention paid late (R-C8): from the day after payment was due up to and including the day asked for, on
 * what is outstanding each day, at the contract's late-payment rate or else the annual rate in force that day (by
 * default the one-year LPR, kept with its history), actual/365. The sum runs day by day — so it is piecewise wherever
 * the rate or the balance changes — in exact decimals, and is rounded once, HALF_UP to 0.01.
 *
 * <p>A payment reduces the balance from the day after it was received: the day of payment still bears interest on the
 * amount paid that day. Example: 30,000.00 outstanding at 3.45 % for 45 days → 127.60.
 */
public final class LateInterest {

    private static final BigDecimal DAYS_TIMES_PERCENT = new BigDecimal("36500");

    private final NavigableMap<LocalDate, BigDecimal> rates;

    private LateInterest(NavigableMap<LocalDate, BigDecimal> rates) {
        this.rates = rates;
    }

    /** One fixed annual rate in percent (the contract's own). */
    public static LateInterest atContractRate(BigDecimal annualPercent) {
        TreeMap<LocalDate, BigDecimal> rates = new TreeMap<>();
        rates.put(LocalDate.MIN, annualPercent);
        return new LateInterest(rates);
    }

    /** The configured rates, each in force from its day until the next one's. */
    public static LateInterest atRates(List<LatePaymentRate> history) {
        TreeMap<LocalDate, BigDecimal> rates = new TreeMap<>();
        for (LatePaymentRate rate : history) {
            rates.put(rate.getEffectiveFrom(), rate.getAnnualPercent());
        }
        return new LateInterest(rates);
    }

    /** A payment against what is due: the owner's collection, or the company's release to a subcontractor. */
    public record Payment(LocalDate on, Money amount) {}

    /**
     * @param amount what was due on {@code paymentDue}
     * @param collections payments received, each reducing the balance from the day after its date
     * @param paymentDue the last day for payment; {@code null}: nothing is due yet, no interest
     * @param asOf the last day counted
     */
    public Money accrued(Money amount, List<RetentionCollection> collections, LocalDate paymentDue, LocalDate asOf) {
        return accruedOn(
                amount,
                collections.stream()
                        .map(c -> new Payment(c.getCollectedOn(), c.getAmount()))
                        .toList(),
                paymentDue,
                asOf);
    }

    /** As {@link #accrued}, for any payments (the subcontractor's side: the company's releases). */
    public Money accruedOn(Money amount, List<Payment> payments, LocalDate paymentDue, LocalDate asOf) {
        if (paymentDue == null || !asOf.isAfter(paymentDue)) {
            return Money.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (LocalDate day = paymentDue.plusDays(1); !day.isAfter(asOf); day = day.plusDays(1)) {
            BigDecimal balance = amount.amount();
            for (Payment payment : payments) {
                if (payment.on().isBefore(day)) {
                    balance = balance.subtract(payment.amount().amount());
                }
            }
            if (balance.signum() <= 0) {
                continue;
            }
            sum = sum.add(balance.multiply(rateOn(day)));
        }
        return Money.of(sum.divide(DAYS_TIMES_PERCENT, 2, RoundingMode.HALF_UP));
    }

    private BigDecimal rateOn(LocalDate day) {
        var entry = rates.floorEntry(day);
        if (entry == null) {
            throw new BusinessException("asOf", "returnProcedure.error.noRate", day);
        }
        return entry.getValue();
    }
}
