package org.aftersales.servicecase;

/**
 * Where a case stands (issue 3, Closing). A case answered remotely goes REGISTERED → ANSWERED → CLOSED; a case with
 * on-site service REGISTERED → ON_SITE_CONFIRMED → DISPATCHED → ARRIVED → WORK_DONE → SIGNED_OFF → CLOSED; any open
 * case can be CANCELLED with a reason.
 */
public enum CaseStatus {
    REGISTERED,
    ANSWERED,
    ON_SITE_CONFIRMED,
    DISPATCHED,
    ARRIVED,
    WORK_DONE,
    SIGNED_OFF,
    CLOSED,
    CANCELLED;

    /** Whether anything can still happen to the case. */
    public boolean isOpen() {
        return this != CLOSED && this != CANCELLED;
    }

    /** Whether on-site work was confirmed: such a case closes only with the owner's sign-off (R-S8). */
    public boolean isOnSite() {
        return switch (this) {
            case ON_SITE_CONFIRMED, DISPATCHED, ARRIVED, WORK_DONE, SIGNED_OFF -> true;
            default -> false;
        };
    }
}
