package org.aftersales.servicecase;

/** What happened to a case, as its timeline shows it (who, when, what). */
public enum CaseEventKind {
    REGISTERED,
    /** A call during construction: forwarded to the project department (R-L3). */
    FORWARDED_TO_PROJECT_DEPARTMENT,
    CLOCK_STARTED,
    REPLY_RECORDED,
    LEADER_REPORT_RECORDED,
    ON_SITE_CONFIRMED,
    ARRIVAL_CLOCK_PAUSED,
    ARRIVAL_CLOCK_RESUMED,
    ARRIVAL_RECORDED,
    CLASSIFICATION_OVERRIDDEN,
    CRISIS_FLAGGED,
    CLOSED,
    CANCELLED
}
