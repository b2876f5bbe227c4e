package org.aftersales.retention;

/** Where the statutory return procedure of a retention stands on a given day (R-C8). */
public enum ReturnState {
    /** No application yet (or a new one is needed after an objection). */
    NOT_APPLIED,
    /** Received by the other side; the 14-day verification period runs. */
    AWAITING_VERIFICATION,
    /** The verification period passed without an answer: a written reminder is due. */
    REMINDER_DUE,
    /** The reminder was received; the second 14 days run. */
    AWAITING_REMINDER_ANSWER,
    /** Verified without objection: payment due after the return term. */
    VERIFIED,
    /** The other side objected: deductions agreed, a new application follows. */
    OBJECTED,
    /** No answer within 14 days of receipt nor within 14 days of the reminder: the application counts as accepted. */
    DEEMED_ACCEPTED
}
