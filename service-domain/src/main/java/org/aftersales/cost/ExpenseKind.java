package org.aftersales.cost;

import org.aftersales.shared.Money;

/**
 * The rates and limits of the company's expense standards (费用标准, R-C7), each with the default that applies until
 * Finance sets one: the daily allowance, accommodation per night by city tier (一线 / 二线 / 三线及以下), the labour rate
 * per hour, and the highest travel class allowed.
 */
public enum ExpenseKind {
    /** Per day away on service (出差补助). */
    DAILY_ALLOWANCE("100.00", null),
    /** Accommodation per night, first-tier cities. */
    ACCOMMODATION_TIER_1("500.00", null),
    /** Accommodation per night, second-tier cities. */
    ACCOMMODATION_TIER_2("400.00", null),
    /** Accommodation per night, third-tier cities and below. */
    ACCOMMODATION_TIER_3("300.00", null),
    /** Labour per hour, as labour cost lines are booked. */
    LABOUR_RATE("85.00", null),
    /** The highest travel class allowed. */
    TRAVEL_CLASS(null, TravelClass.TRAIN_SECOND_CLASS);

    private final Money defaultAmount;
    private final TravelClass defaultTravelClass;

    ExpenseKind(String defaultAmount, TravelClass defaultTravelClass) {
        this.defaultAmount = defaultAmount == null ? null : Money.of(defaultAmount);
        this.defaultTravelClass = defaultTravelClass;
    }

    public Money defaultAmount() {
        return defaultAmount;
    }

    public TravelClass defaultTravelClass() {
        return defaultTravelClass;
    }

    /** Whether the standard is a travel class rather than an amount. */
    public boolean isTravelClass() {
        return this == TRAVEL_CLASS;
    }

    /** The accommodation limit of city tier 1, 2 or 3. */
    public static ExpenseKind accommodation(int cityTier) {
        return switch (cityTier) {
            case 1 -> ACCOMMODATION_TIER_1;
            case 2 -> ACCOMMODATION_TIER_2;
            case 3 -> ACCOMMODATION_TIER_3;
            default -> throw new IllegalArgumentException("city tier " + cityTier);
        };
    }
}
