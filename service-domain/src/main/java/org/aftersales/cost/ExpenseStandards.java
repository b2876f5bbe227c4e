package org.aftersales.cost;

import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.aftersales.shared.Money;

/**
 * The expense standards in force on one day (R-C7), and the check of a cost line against them — the one place the
 * regulation's 第四章第三条5 is applied: “必须遵守公司现行实施的《重庆远达水处理工程有限公司费用报销及控制标准》制度。”
 *
 * <ul>
 *   <li>accommodation per night (amount ÷ nights, HALF_UP to the fen) above the limit of the city's tier;
 *   <li>labour at another rate than the standard one;
 *   <li>travel: a ticket above the class allowed, or a daily allowance (出差补助, a travel line with its days away — the
 *       allowance is part of travel expenses, as 差旅费 counts it) above the standard per day (amount ÷ days, HALF_UP).
 * </ul>
 *
 * A line without what its check needs (accommodation without nights or city tier, travel without its class or its
 * allowance days) is flagged {@link StandardDeviation#NOT_CHECKED} rather than refused: lines come from the field and
 * from the ERP, and a booked cost must not be lost because a fact is missing — but it can no longer pass unseen.
 * Categories without a standard (spare parts, subcontracted work, other) are never flagged.
 */
public record ExpenseStandards(Map<ExpenseKind, Money> amounts, TravelClass travelClass) {

    public ExpenseStandards {
        amounts = Map.copyOf(new EnumMap<>(amounts));
    }

    /** The defaults of {@link ExpenseKind}. */
    public static ExpenseStandards defaults() {
        Map<ExpenseKind, Money> amounts = new EnumMap<>(ExpenseKind.class);
        for (ExpenseKind kind : ExpenseKind.values()) {
            if (!kind.isTravelClass()) {
                amounts.put(kind, kind.defaultAmount());
            }
        }
        return new ExpenseStandards(amounts, ExpenseKind.TRAVEL_CLASS.defaultTravelClass());
    }

    public Money amount(ExpenseKind kind) {
        return amounts.get(kind);
    }

    /** What is outside the standard about a cost line, with a note of the figures; empty when within. */
    public Optional<Finding> check(ServiceCost cost) {
        switch (cost.getCategory()) {
            case ACCOMMODATION -> {
                if (cost.getNights() == null || cost.getCityTier() == null) {
                    return Optional.of(new Finding(
                            StandardDeviation.NOT_CHECKED,
                            "missing: "
                                    + (cost.getNights() == null ? "nights" : "")
                                    + (cost.getNights() == null && cost.getCityTier() == null ? ", " : "")
                                    + (cost.getCityTier() == null ? "cityTier" : "")));
                }
                Money limit = amount(ExpenseKind.accommodation(cost.getCityTier()));
                Money perNight = per(cost.getAmount(), cost.getNights());
                if (perNight.isGreaterThan(limit)) {
                    return Optional.of(new Finding(
                            StandardDeviation.ACCOMMODATION_OVER_LIMIT,
                            perNight + " > " + limit + " (tier " + cost.getCityTier() + ")"));
                }
            }
            case LABOUR -> {
                Money standard = amount(ExpenseKind.LABOUR_RATE);
                if (cost.getRate() != null && !cost.getRate().equals(standard)) {
                    return Optional.of(
                            new Finding(StandardDeviation.LABOUR_RATE_DIFFERS, cost.getRate() + " ≠ " + standard));
                }
            }
            case TRAVEL -> {
                if (cost.getAllowanceDays() != null) {
                    Money limit = amount(ExpenseKind.DAILY_ALLOWANCE);
                    Money perDay = per(cost.getAmount(), cost.getAllowanceDays());
                    if (perDay.isGreaterThan(limit)) {
                        return Optional.of(new Finding(
                                StandardDeviation.ALLOWANCE_OVER_LIMIT,
                                perDay + " > " + limit + " (" + cost.getAllowanceDays() + " d)"));
                    }
                } else if (cost.getTravelClass() == null) {
                    return Optional.of(new Finding(StandardDeviation.NOT_CHECKED, "missing: travelClass"));
                } else if (!cost.getTravelClass().within(travelClass)) {
                    return Optional.of(new Finding(
                            StandardDeviation.TRAVEL_CLASS_ABOVE_STANDARD,
                            cost.getTravelClass() + " > " + travelClass));
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Money per(Money amount, int units) {
        return Money.of(amount.amount().divide(java.math.BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP));
    }

    /** A deviation and the figures behind it ("450.00 > 400.00 (tier 2)"). */
    public record Finding(StandardDeviation deviation, String note) {}
}
