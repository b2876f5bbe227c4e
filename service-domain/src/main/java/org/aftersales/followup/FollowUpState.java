package org.aftersales.followup;

/** Where a project stands in its two-weekly owner follow-up (R-F2), on the day asked about. */
public enum FollowUpState {
    /** The due date has passed: from the day after it. */
    OVERDUE,
    /** Due today or within the planner's window (a week by default). */
    DUE_SOON,
    /** Due later than the window. */
    UPCOMING,
    /** The owner declined follow-ups: skipped (R-F2). */
    DECLINED
}
