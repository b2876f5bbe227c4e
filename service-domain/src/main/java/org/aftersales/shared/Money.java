package org.aftersales.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in CNY, always with two decimals, rounded HALF_UP.
 *
 * <p>The company books in renminbi only, so the currency is fixed and not stored; it is here so that printing
 * and the API never have to guess. Stored through {@link MoneyConverter} as a DECIMAL(19,2) column.
 */
public final class Money implements Comparable<Money> {

    public static final Currency CNY = Currency.getInstance("CNY");
    public static final int SCALE = 2;
    /** The digits of a money column, DECIMAL(19,2): 17 before the point. */
    public static final int PRECISION = 19;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount);
    }

    public static Money of(String amount) {
        return of(new BigDecimal(amount));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return CNY;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** Percentage of {@code base}, e.g. 3.00 for 3 %; {@code null} when the base is zero. */
    public BigDecimal percentOf(Money base) {
        if (base.amount.signum() == 0) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(base.amount, 2, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.equals(money.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The plain amount with two decimals, as the API writes it ("1358.02"). */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
