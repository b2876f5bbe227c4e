package org.aftersales.followup;

/** A return visit is planned, then done with its report (R-F3). */
public enum ReturnVisitStatus {
    PLANNED,
    DONE
}
