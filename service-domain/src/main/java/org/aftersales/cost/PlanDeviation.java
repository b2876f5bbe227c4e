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
    OVER_APPROVED_BUDGET;

    /** A deviation and the figures behind it ("3600.00 > 3000.00"). */
    public record Finding(PlanDeviation deviation, String note) {}
}
