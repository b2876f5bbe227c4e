package org.aftersales.costplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.cost.CostCategory;
import org.aftersales.cost.PlanDeviation;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cost plan's rules on a booking (R-C1, R-C2), outside any container; figures by hand. */
class CostPlanRulesTest {

    private static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");

    private static Project project(LocalDate provisional) {
        Project project = new Project("CP-U", "污水处理厂", new Owner("业主"), 12);
        project.recordHandover(new HandoverDates(provisional, null, null, 12));
        return project;
    }

    private static CostPlan approvedPlan() {
        CostPlan plan = new CostPlan(project(LocalDate.of(2026, 1, 31)), 1);
        plan.plan(CostCategory.SPARE_PARTS, Money.of("35000.00"), null);
        plan.plan(CostCategory.OTHER, Money.of("3000.00"), null);
        plan.submit("specialist", AT);
        plan.approve("leader", AT);
        return plan;
    }

    @Test
    @DisplayName(
            "R-C2 on an approved plan: up to the category's budget no flag; one fen over is OVER_APPROVED_BUDGET with the figures; other categories keep their own budget")
    void overTheApprovedBudget() {
        CostPlan plan = approvedPlan();

        assertThat(plan.judgeBooking(CostCategory.OTHER, Money.of("2999.99"), Money.of("0.01")))
                .isEmpty();
        assertThat(plan.judgeBooking(CostCategory.OTHER, Money.of("2999.99"), Money.of("0.02")))
                .contains(new PlanDeviation.Finding(PlanDeviation.OVER_APPROVED_BUDGET, "3000.01 > 3000.00"));
        assertThat(plan.judgeBooking(CostCategory.TRAVEL, Money.ZERO, Money.of("0.01")))
                .as("nothing planned for travel: any travel is beyond the plan")
                .contains(new PlanDeviation.Finding(PlanDeviation.OVER_APPROVED_BUDGET, "0.01 > 0.00"));
        assertThat(plan.judgeBooking(CostCategory.SPARE_PARTS, Money.of("30000.00"), Money.of("5000.00")))
                .isEmpty();
    }

    @Test
    @DisplayName("R-C2 a supplement raises its category's budget only once the general manager approved it")
    void onlyAnApprovedSupplementCounts() {
        CostPlan plan = approvedPlan();
        SupplementalCostRequest request = plan.requestSupplement(
                CostCategory.SPARE_PARTS, Money.of("18500.00"), "变频模块", "书面报告", "specialist", AT);
        setId(request, 7L);

        assertThat(plan.approvedBudget(CostCategory.SPARE_PARTS)).isEqualTo(Money.of("35000.00"));
        assertThat(plan.judgeBooking(CostCategory.SPARE_PARTS, Money.of("35000.00"), Money.of("18500.00")))
                .contains(new PlanDeviation.Finding(PlanDeviation.OVER_APPROVED_BUDGET, "53500.00 > 35000.00"));

        plan.approveSupplement(7L, "gm", AT);
        assertThat(plan.approvedBudget(CostCategory.SPARE_PARTS)).isEqualTo(Money.of("53500.00"));
        assertThat(plan.judgeBooking(CostCategory.SPARE_PARTS, Money.of("35000.00"), Money.of("18500.00")))
                .isEmpty();
    }

    private static void setId(Object entity, long id) {
        try {
            java.lang.reflect.Field field = org.aftersales.shared.BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
