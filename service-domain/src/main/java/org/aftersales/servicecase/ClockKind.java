package org.aftersales.servicecase;

/** The service-level clocks of a case (第三章; R-S3, R-S4, R-S5). */
public enum ClockKind {
    /** Reply to the owner within 24 h of receipt (R-S3); service requests and complaints. */
    REPLY(false),
    /** Major matter: facts clarified, reported to the division leader and the owner answered within 24 h (R-S4). */
    MAJOR_MATTER(false),
    /** On site within 72 h of the confirmation that on-site work is needed, or the contract's limit (R-S5). */
    ON_SITE_ARRIVAL(true);

    private final boolean pausable;

    ClockKind(boolean pausable) {
        this.pausable = pausable;
    }

    /**
     * Only the arrival clock may wait on the owner (the owner asks for a later visit); a reply or a report to the
     * division leader never waits on anyone but ourselves.
     */
    public boolean isPausable() {
        return pausable;
    }
}
