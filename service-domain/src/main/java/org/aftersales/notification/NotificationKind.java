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
    BREACH_ESCALATED,
    /** R-S2: a case was routed to the department or people who carry out its phase's work (R-L5). */
    CASE_ROUTED,
    /** R-S2, R-S4: a case became a major matter after registration (on-site work confirmed): leadership is told. */
    BECAME_MAJOR_MATTER
}
