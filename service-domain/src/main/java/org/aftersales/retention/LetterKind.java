package org.aftersales.retention;

/** The three letters of the statutory return procedure (R-C8). */
public enum LetterKind {
    /** The application for the return, at the end of the defect-liability period. */
    APPLICATION,
    /** The written reminder after the verification period passed without an answer. */
    REMINDER,
    /** The claim for interest on a payment made late. */
    INTEREST_CLAIM
}
