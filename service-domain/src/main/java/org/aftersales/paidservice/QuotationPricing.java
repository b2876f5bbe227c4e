package org.aftersales.paidservice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.aftersales.shared.AmountInWords;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;

/**
 * The price of paid service (有偿服务, R-C6, 第四章4.7): cost plus the markup (10 % by default, a policy parameter fixed
 * into the quotation when it is made), before VAT. Each line's price = cost × (1 + markup/100), rounded HALF_UP to the
 * fen; its VAT = price × rate/100, rounded HALF_UP (rate per line: 13 % for goods and repair, 6 % for technical
 * services by default); the totals are the sums of the rounded line values, so the printed lines add up.
 */
public final class QuotationPricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One repair item or fee as entered: what it costs the company, and its VAT rate in percent. */
    public record Item(String description, Money cost, BigDecimal vatRatePercent) {}

    public record PricedLine(String description, Money cost, Money price, BigDecimal vatRatePercent, Money vat) {}

    /** The quotation's figures; {@code amountInWords} is the total with VAT in capital numerals. */
    public record Priced(
            List<PricedLine> lines,
            BigDecimal markupPercent,
            Money total,
            Money vat,
            Money totalWithVat,
            String amountInWords) {}

    private QuotationPricing() {}

    public static Priced price(List<Item> items, BigDecimal markupPercent) {
        if (items == null || items.isEmpty()) {
            throw new BusinessException("items", "quotation.error.noItems");
        }
        if (markupPercent == null || markupPercent.signum() < 0) {
            throw new BusinessException("markupPercent", "quotation.error.markup");
        }
        BigDecimal factor = BigDecimal.ONE.add(markupPercent.divide(HUNDRED));
        List<PricedLine> lines = items.stream().map(item -> line(item, factor)).toList();
        Money total = lines.stream().map(PricedLine::price).reduce(Money.ZERO, Money::plus);
        Money vat = lines.stream().map(PricedLine::vat).reduce(Money.ZERO, Money::plus);
        Money totalWithVat = total.plus(vat);
        return new Priced(lines, markupPercent, total, vat, totalWithVat, AmountInWords.of(totalWithVat));
    }

    private static PricedLine line(Item item, BigDecimal factor) {
        if (item.description() == null || item.description().isBlank()) {
            throw new BusinessException("description", "quotation.error.descriptionRequired");
        }
        if (item.cost() == null || item.cost().isNegative()) {
            throw new BusinessException("cost", "quotation.error.cost");
        }
        BigDecimal rate = item.vatRatePercent();
        if (rate == null || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            throw new BusinessException("vatRate", "quotation.error.vatRate");
        }
        Money price = Money.of(item.cost().amount().multiply(factor).setScale(2, RoundingMode.HALF_UP));
        Money vat = Money.of(price.amount().multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP));
        return new PricedLine(item.description().strip(), item.cost(), price, rate, vat);
    }
}
