package org.aftersales.costplan;

import java.time.LocalDate;

/**
 * A project whose cost plan was not submitted by its due date (R-C1): with a plan still in DRAFT or REJECTED, or
 * with no plan at all ({@code state} {@code null}; then the due date is judged with the policy months in force at
 * provisional handover, as the plan would get them).
 */
public record OverdueCostPlan(
        long projectId, String projectCode, String projectName, LocalDate dueDate, CostPlanState state) {}
