package org.aftersales.costplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.cost.CostCategory;
import org.aftersales.shared.Money;

/**
 * What the cost plan page, the API and the 售后服务费用计划书 workbook show of one project's plan: the project's facts,
 * the plan's state and due date (and whether it was submitted late, R-C1), and per cost category the planned amount, the approved supplements, the budget in
 * force, the actual costs booked on the project's cases and the variance (R-C1, R-C2, R-C3). People are given by their
 * display names.
 */
public record CostPlanSummary(
        long planId,
        long version,
        long projectId,
        String projectCode,
        String projectName,
        String ownerName,
        LocalDate provisionalHandoverDate,
        LocalDate dueDate,
        CostPlanState state,
        boolean overdue,
        List<Line> lines,
        List<Supplement> supplements,
        String draftedBy,
        Instant draftedAt,
        String submittedBy,
        Instant submittedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason,
        boolean submittedLate) {

    public CostPlanSummary {
        lines = List.copyOf(lines);
        supplements = List.copyOf(supplements);
    }

    /** A plan not (or not yet) submitted late. */
    public CostPlanSummary(
            long planId,
            long version,
            long projectId,
            String projectCode,
            String projectName,
            String ownerName,
            LocalDate provisionalHandoverDate,
            LocalDate dueDate,
            CostPlanState state,
            boolean overdue,
            List<Line> lines,
            List<Supplement> supplements,
            String draftedBy,
            Instant draftedAt,
            String submittedBy,
            Instant submittedAt,
            String decidedBy,
            Instant decidedAt,
            String rejectionReason) {
        this(
                planId,
                version,
                projectId,
                projectCode,
                projectName,
                ownerName,
                provisionalHandoverDate,
                dueDate,
                state,
                overdue,
                lines,
                supplements,
                draftedBy,
                draftedAt,
                submittedBy,
                submittedAt,
                decidedBy,
                decidedAt,
                rejectionReason,
                false);
    }

    /** One category: budget = planned + approved supplements; variance = budget − actual (negative: overspent). */
    public record Line(CostCategory category, Money planned, String note, Money supplements, Money actual) {

        public Money budget() {
            return planned.plus(supplements);
        }

        public Money variance() {
            return budget().minus(actual);
        }

        public boolean overspent() {
            return variance().isNegative();
        }
    }

    public record Supplement(
            long id,
            CostCategory category,
            Money amount,
            String reason,
            String justification,
            SupplementState state,
            String requestedBy,
            Instant requestedAt,
            String decidedBy,
            Instant decidedAt,
            String decisionNote) {}

    public boolean inExecution() {
        return state == CostPlanState.APPROVED;
    }

    public Money plannedTotal() {
        return lines.stream().map(Line::planned).reduce(Money.ZERO, Money::plus);
    }

    public Money supplementsTotal() {
        return lines.stream().map(Line::supplements).reduce(Money.ZERO, Money::plus);
    }

    public Money budgetTotal() {
        return plannedTotal().plus(supplementsTotal());
    }

    public Money actualTotal() {
        return lines.stream().map(Line::actual).reduce(Money.ZERO, Money::plus);
    }

    public Money varianceTotal() {
        return budgetTotal().minus(actualTotal());
    }
}
