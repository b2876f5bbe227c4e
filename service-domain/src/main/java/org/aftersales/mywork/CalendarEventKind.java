package org.aftersales.mywork;

/** What a calendar entry is (issue 6: follow-ups, return visits, on-site visits and warranty ends). */
public enum CalendarEventKind {
    /** R-F2: the day a project's next owner contact is due (overdue ones on their past due day). */
    FOLLOW_UP_DUE,
    /** R-F3: a return visit planned for that day. */
    RETURN_VISIT_PLANNED,
    /** R-F3: a return visit made that day. */
    RETURN_VISIT_DONE,
    /** R-S6, R-S7: an approved dispatch — at the arrival agreed with the owner, else at the start of its window. */
    ON_SITE_VISIT,
    /** R-L1: the last day a project's warranty covers. */
    WARRANTY_END
}
