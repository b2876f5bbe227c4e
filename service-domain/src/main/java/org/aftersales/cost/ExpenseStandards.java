package org.aftersales.cost;

import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.aftersales.shared.Money;

/**
 * The expense standards in force on one day (R-C7), and the check of a cost line against them: accommodation per night
 * (amount ÷ nights, HALF_UP to the fen) above the limit of the city's tier, labour at another rate than the standard
 * one, travel above the class allowed. A line without what the check needs (accommodation without nights or city
 * tier, travel without its class) cannot be checked and is not flagged; categories without a standard (spare parts,
 * subcontracted work, other) are never flagged. The daily allowance is a standard of its own, with no cost category
 * to check it against yet.
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
                    return Optional.empty();
                }
                Money limit = amount(ExpenseKind.accommodation(cost.getCityTier()));
                Money perNight = Money.of(cost.getAmount()
                        .amount()
                        .divide(java.math.BigDecimal.valueOf(cost.getNights()), 2, RoundingMode.HALF_UP));
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
                if (cost.getTravelClass() != null && !cost.getTravelClass().within(travelClass)) {
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

    /** A deviation and the figures behind it ("450.00 > 400.00 (tier 2)"). */
    public record Finding(StandardDeviation deviation, String note) {}
}
