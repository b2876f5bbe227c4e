package org.aftersales.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.aftersales.cost.ServiceCost.StandardFacts;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-C7 outside any container: every cost line of a kind with a standard is either checked or flagged "not checked",
 * and the daily allowance is checked per day. Figures by hand against a daily allowance of 150.00.
 */
class ExpenseCheckTest {

    private static final ExpenseStandards STANDARDS = standards();

    private static ExpenseStandards standards() {
        Map<ExpenseKind, Money> amounts =
                new EnumMap<>(ExpenseStandards.defaults().amounts());
        amounts.put(ExpenseKind.DAILY_ALLOWANCE, Money.of("150.00"));
        return new ExpenseStandards(amounts, TravelClass.TRAIN_SECOND_CLASS);
    }

    private static ServiceCost checked(CostCategory category, String amount, StandardFacts facts) {
        ServiceCost cost = new ServiceCost(null, category, "line", Money.of(amount), null, null, facts);
        cost.checkAgainst(STANDARDS);
        return cost;
    }

    @Test
    @DisplayName(
            "R-C7 daily allowance: 3 days at 450.00 is the standard itself (150.00 a day); 451.00 → 150.33 a day is flagged; 1 day at 150.01 too")
    void allowancePerDay() {
        ServiceCost exact = checked(CostCategory.TRAVEL, "450.00", new StandardFacts(null, null, null, 3));
        ServiceCost over = checked(CostCategory.TRAVEL, "451.00", new StandardFacts(null, null, null, 3));
        ServiceCost oneDay = checked(CostCategory.TRAVEL, "150.01", new StandardFacts(null, null, null, 1));

        assertThat(exact.getStandardDeviation()).isNull();
        assertThat(over.getStandardDeviation()).isEqualTo(StandardDeviation.ALLOWANCE_OVER_LIMIT);
        // 451.00 ÷ 3 = 150.333… → 150.33 (HALF_UP).
        assertThat(over.getStandardNote()).isEqualTo("150.33 > 150.00 (3 d)");
        assertThat(over.isOutsideStandard()).isTrue();
        assertThat(oneDay.isOutsideStandard()).isTrue();
    }

    @Test
    @DisplayName(
            "R-C7 travel without a class or allowance days, accommodation without nights or city tier: flagged not checked (they passed unflagged before)")
    void missingFactsAreFlaggedNotChecked() {
        ServiceCost travel = checked(CostCategory.TRAVEL, "553.00", StandardFacts.NONE);
        ServiceCost noTier = checked(CostCategory.ACCOMMODATION, "300.00", new StandardFacts(1, null, null));
        ServiceCost noNights = checked(CostCategory.ACCOMMODATION, "300.00", new StandardFacts(null, 3, null));
        ServiceCost spareParts = checked(CostCategory.SPARE_PARTS, "8800.00", StandardFacts.NONE);

        assertThat(travel.getStandardDeviation()).isEqualTo(StandardDeviation.NOT_CHECKED);
        assertThat(travel.getStandardNote()).isEqualTo("missing: travelClass");
        assertThat(travel.isOutsideStandard()).isFalse();
        assertThat(travel.isStandardNotChecked()).isTrue();
        assertThat(noTier.getStandardNote()).isEqualTo("missing: cityTier");
        assertThat(noNights.getStandardNote()).isEqualTo("missing: nights");
        assertThat(spareParts.getStandardDeviation())
                .as("no standard for spare parts")
                .isNull();
    }

    @Test
    @DisplayName(
            "R-C7 a travel line is a ticket or an allowance, not both; allowance days are 1 … 366 and for travel only")
    void allowanceDaysAreValidated() {
        assertThatThrownBy(() -> checked(
                        CostCategory.TRAVEL, "100.00", new StandardFacts(null, null, TravelClass.ECONOMY_FLIGHT, 1)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("cost.error.travelClassOrAllowance");
        assertThatThrownBy(() -> checked(CostCategory.TRAVEL, "100.00", new StandardFacts(null, null, null, 0)))
                .hasMessage("cost.error.allowanceDays");
        assertThatThrownBy(() -> checked(CostCategory.TRAVEL, "100.00", new StandardFacts(null, null, null, 367)))
                .hasMessage("cost.error.allowanceDays");
        assertThatThrownBy(() -> checked(CostCategory.OTHER, "100.00", new StandardFacts(null, null, null, 2)))
                .hasMessage("cost.error.allowanceDaysOnlyForTravel");
        assertThat(checked(CostCategory.TRAVEL, "36600.00", new StandardFacts(null, null, null, 366))
                        .isOutsideStandard())
                .as("366 days × 100.00 is within the 150.00 a day")
                .isFalse();
    }
}
