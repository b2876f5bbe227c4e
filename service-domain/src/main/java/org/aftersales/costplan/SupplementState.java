package org.aftersales.costplan;

/** A supplemental cost request (R-C2) waits for the general manager's special approval, then is approved or not. */
public enum SupplementState {
    REQUESTED,
    APPROVED,
    REJECTED
}
