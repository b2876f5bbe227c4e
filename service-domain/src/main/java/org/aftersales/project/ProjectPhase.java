package org.aftersales.project;

/**
 * The phases of a project's life as the regulation counts them (Ch. 2; R-L1). Derived from the handover dates,
 * never typed in: see {@link Project#phaseOn(java.time.LocalDate)}.
 */
public enum ProjectPhase {
    /** Before provisional handover to production: the project department's business, no after-sales clocks. */
    IN_CONSTRUCTION,
    /** Provisional handover (trial operation) until formal handover to production. */
    PROVISIONAL_HANDOVER,
    /** Free warranty service: formal handover up to and including {@code warrantyEnd}. */
    WARRANTY,
    /** After the warranty: paid technical service unless a service contract is in force. */
    POST_WARRANTY
}
