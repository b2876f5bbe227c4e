package org.aftersales.cost;

/**
 * How a booked cost stands against the project's cost plan (R-C1, R-C2), flagged on the line, the plan and the
 * dashboard for the after-sales specialist and the general manager. Judged once, when the line is booked.
 */
public enum PlanDeviation {
    /**
     * R-C2: the booking takes its category's actual costs over the approved budget (planned + approved supplements):
     * extra costs without the general manager's special approval.
     */
    OVER_APPROVED_BUDGET,
    /**
     * R-C1: booked after the plan's due date while the project has no approved plan — the plan is "经审批后执行",
     * executed only once approved. Costs in the drafting month (up to the due date) are not flagged.
     */
    BOOKED_BEFORE_APPROVAL;

    /** A deviation and the figures behind it ("3600.00 > 3000.00"). */
    public record Finding(PlanDeviation deviation, String note) {}
}
