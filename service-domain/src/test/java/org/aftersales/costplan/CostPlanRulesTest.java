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
        plan.submit("specialist", AT, LocalDate.of(2026, 2, 10));
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

    @Test
    @DisplayName(
            "R-C1 the policy months in force on a day: before the history its earliest entry's old value; a change counts from its day on; month ends and leap days by plusMonths")
    void policyAtProvisionalHandover() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        org.aftersales.policy.PolicyTimeline months = new org.aftersales.policy.PolicyTimeline(
                new java.math.BigDecimal("3"),
                java.util.List.of(
                        // 2026-03-10 08:30 in Shanghai: 1 → 2 months; 2026-06-01: 2 → 3 months.
                        new org.aftersales.policy.PolicyTimeline.Step(
                                Instant.parse("2026-03-10T00:30:00Z"),
                                new java.math.BigDecimal("1"),
                                new java.math.BigDecimal("2")),
                        new org.aftersales.policy.PolicyTimeline.Step(
                                Instant.parse("2026-05-31T16:30:00Z"),
                                new java.math.BigDecimal("2"),
                                new java.math.BigDecimal("3"))));

        // Before the history: 1 month. 2024-01-31 + 1 = 2024-02-29 (leap day); 2026-01-31 + 1 = 2026-02-28.
        assertThat(CostPlan.dueDate(LocalDate.of(2024, 1, 31), months, shanghai))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(CostPlan.dueDate(LocalDate.of(2026, 1, 31), months, shanghai))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(CostPlan.dueDate(LocalDate.of(2026, 3, 9), months, shanghai)).isEqualTo(LocalDate.of(2026, 4, 9));
        // From the change's day: 2 months. 2026-03-31 + 2 = 2026-05-31; 2026-12-31 + 3 = 2027-03-31.
        assertThat(CostPlan.dueDate(LocalDate.of(2026, 3, 10), months, shanghai))
                .isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(CostPlan.dueDate(LocalDate.of(2026, 3, 31), months, shanghai))
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(CostPlan.dueDate(LocalDate.of(2026, 6, 1), months, shanghai))
                .as("the second change was made on 06-01 in Shanghai (05-31 UTC)")
                .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(CostPlan.dueDate(LocalDate.of(2026, 12, 31), months, shanghai))
                .isEqualTo(LocalDate.of(2027, 3, 31));
        // No history: the value in force.
        assertThat(new org.aftersales.policy.PolicyTimeline(new java.math.BigDecimal("1"), java.util.List.of())
                        .wholeOn(LocalDate.of(2020, 1, 1), shanghai))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-C1 a booking without an approved plan: on the due date not flagged (drafting month), the day after flagged; an approved plan judges by R-C2 instead")
    void bookingBeforeApproval() {
        CostPlan draft = new CostPlan(project(LocalDate.of(2026, 1, 31)), 1); // due 2026-02-28
        LocalDate due = draft.getDueDate();

        assertThat(CostPlan.judgeBooking(
                        draft, due, LocalDate.of(2026, 2, 28), CostCategory.OTHER, Money.ZERO, Money.of("1.00")))
                .isEmpty();
        assertThat(CostPlan.judgeBooking(
                        draft, due, LocalDate.of(2026, 3, 1), CostCategory.OTHER, Money.ZERO, Money.of("1.00")))
                .contains(new PlanDeviation.Finding(
                        PlanDeviation.BOOKED_BEFORE_APPROVAL, "2026-03-01 > 2026-02-28 · DRAFT"));
        assertThat(CostPlan.judgeBooking(
                        null, null, LocalDate.of(2026, 3, 1), CostCategory.OTHER, Money.ZERO, Money.of("1.00")))
                .as("before provisional handover: no due date, nothing flagged")
                .isEmpty();
        CostPlan approved = approvedPlan();
        assertThat(CostPlan.judgeBooking(
                        approved,
                        approved.getDueDate(),
                        LocalDate.of(2027, 1, 1),
                        CostCategory.OTHER,
                        Money.ZERO,
                        Money.of("3000.00")))
                .isEmpty();
    }

    @Test
    @DisplayName("R-C1 submitted after the due date: marked late, and it stays so after rejection and a resubmission")
    void submittedLate() {
        CostPlan plan = new CostPlan(project(LocalDate.of(2026, 1, 31)), 1); // due 2026-02-28
        plan.plan(CostCategory.OTHER, Money.of("100.00"), null);

        plan.submit("specialist", AT, LocalDate.of(2026, 3, 1));
        assertThat(plan.isSubmittedLate()).isTrue();
        plan.reject("补充", "leader", AT);
        plan.submit("specialist", AT, LocalDate.of(2026, 3, 2));
        plan.approve("leader", AT);
        assertThat(plan.isSubmittedLate()).isTrue();

        CostPlan onTime = new CostPlan(project(LocalDate.of(2026, 1, 31)), 1);
        onTime.plan(CostCategory.OTHER, Money.of("100.00"), null);
        onTime.submit("specialist", AT, LocalDate.of(2026, 2, 28));
        assertThat(onTime.isSubmittedLate()).as("on the due date itself").isFalse();
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
