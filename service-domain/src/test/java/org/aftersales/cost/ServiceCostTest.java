package org.aftersales.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Cost lines by category and the case's cost statistics, without a container (R-S12). */
class ServiceCostTest {

    private static BusinessException refusal(Runnable act) {
        try {
            act.run();
        } catch (BusinessException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    private static ServiceCost labour(String hours, String rate, String amount) {
        return new ServiceCost(
                null,
                CostCategory.LABOUR,
                "现场检修 2 人",
                amount == null ? null : Money.of(amount),
                new BigDecimal(hours),
                Money.of(rate));
    }

    private static ServiceCost line(CostCategory category, String amount) {
        return new ServiceCost(null, category, "费用", Money.of(amount), null, null);
    }

    @Test
    @DisplayName("R-S12 labour is hours × rate: the amount follows from them, and a stated amount must agree")
    void labourIsHoursTimesRate() {
        ServiceCost cost = labour("7.5", "85.50", null);

        assertThat(cost.getAmount()).isEqualTo(Money.of("641.25"));
        assertThat(cost.getHours()).isEqualByComparingTo("7.50");
        assertThat(cost.getRate()).isEqualTo(Money.of("85.50"));
        assertThat(labour("16", "80", "1280.00").getAmount()).isEqualTo(Money.of("1280.00"));
        BusinessException disagrees = refusal(() -> labour("16", "80", "1200"));
        assertThat(disagrees.getMessageKey()).isEqualTo("cost.error.labourAmount");
        assertThat(disagrees.getField()).isEqualTo("amount");
        assertThat(refusal(() -> new ServiceCost(null, CostCategory.LABOUR, "人工", null, null, Money.of("80")))
                        .getField())
                .isEqualTo("hours");
        assertThat(refusal(() -> new ServiceCost(null, CostCategory.LABOUR, "人工", null, BigDecimal.ONE, null))
                        .getField())
                .isEqualTo("rate");
        assertThat(refusal(() -> labour("0", "80", null)).getField()).isEqualTo("hours");
        assertThat(refusal(() -> labour("1.555", "80", null)).getField()).isEqualTo("hours");
    }

    @ParameterizedTest
    @EnumSource(value = CostCategory.class, names = "LABOUR", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("R-S12 costs by category: every other category is a plain amount above zero, without hours or rate")
    void otherCategoriesAreAmounts(CostCategory category) {
        assertThat(line(category, "1200.00").getAmount()).isEqualTo(Money.of("1200.00"));
        assertThat(line(category, "1200.00").getHours()).isNull();
        assertThat(refusal(() -> new ServiceCost(null, category, "x", Money.of("10"), BigDecimal.ONE, null))
                        .getMessageKey())
                .isEqualTo("cost.error.hoursOnlyForLabour");
        assertThat(refusal(() -> new ServiceCost(null, category, "x", null, null, null))
                        .getMessageKey())
                .isEqualTo("cost.error.amountRequired");
        assertThat(refusal(() -> line(category, "0.00")).getMessageKey()).isEqualTo("cost.error.amountPositive");
        assertThat(refusal(() -> line(category, "-5")).getMessageKey()).isEqualTo("cost.error.amountPositive");
        assertThat(refusal(() -> new ServiceCost(null, category, " ", Money.of("10"), null, null))
                        .getField())
                .isEqualTo("description");
    }

    @Test
    @DisplayName(
            "R-S12 costs by category: the case's statistics total every category, zero where none was booked, and the grand total")
    void statementByCategory() {
        CostStatement statement = new CostStatement(
                1,
                "SC-2026-00001",
                List.of(
                        labour("8", "80", null),
                        line(CostCategory.TRAVEL, "560.00"),
                        line(CostCategory.TRAVEL, "88.50"),
                        line(CostCategory.SPARE_PARTS, "1350.00")));

        Map<CostCategory, Money> totals = statement.totalsByCategory();
        assertThat(totals.keySet()).containsExactly(CostCategory.values());
        assertThat(totals.get(CostCategory.LABOUR)).isEqualTo(Money.of("640.00"));
        assertThat(totals.get(CostCategory.TRAVEL)).isEqualTo(Money.of("648.50"));
        assertThat(totals.get(CostCategory.ACCOMMODATION)).isEqualTo(Money.ZERO);
        assertThat(totals.get(CostCategory.SPARE_PARTS)).isEqualTo(Money.of("1350.00"));
        assertThat(statement.total()).isEqualTo(Money.of("2638.50"));
        assertThat(refusal(() -> new ServiceCost(null, null, "x", Money.of("1"), null, null))
                        .getField())
                .isEqualTo("category");
    }

    @Test
    @DisplayName("R-S12 engineers, the specialist and the ERP record costs; leaders and Finance do not")
    void whoRecords() {
        assertThat(Permission.COST_RECORD.roles())
                .containsExactlyInAnyOrder(Role.AFTER_SALES_ENGINEER, Role.AFTER_SALES_SPECIALIST, Role.INTEGRATION);
    }
}
