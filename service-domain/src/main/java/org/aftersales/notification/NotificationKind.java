package org.aftersales.notification;

/** Why someone is told (R-S2, R-S5, R-S11); each kind has its text in {@code notifications*.properties}. */
public enum NotificationKind {
    /** R-S2: an urgent case (a crisis or a major matter) was registered: leadership is told at once. */
    URGENT_CASE,
    /** R-S11: a case was flagged a crisis: leadership is told at once. */
    CRISIS,
    /** R-S5: a clock passed its due time unmet: the people responsible are told. */
    CLOCK_BREACHED,
    /** R-S5: the breach escalated to the division leader. */
    BREACH_ESCALATED
}
