package org.aftersales.servicecase;

/**
 * Filters of the case list; {@code null} means "any". {@code clockState} matches a case with at least one clock in
 * that state now; {@code engineer} (a user name) matches a case with an approved dispatch that sends that engineer
 * (issue 3, Lists: "engineer").
 */
public record CaseFilter(
        Long projectId,
        CaseType type,
        ServiceClass serviceClass,
        CaseStatus status,
        ClockState clockState,
        Boolean crisis,
        String engineer) {

    public static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null, null);

    /** Without the engineer filter. */
    public CaseFilter(
            Long projectId,
            CaseType type,
            ServiceClass serviceClass,
            CaseStatus status,
            ClockState clockState,
            Boolean crisis) {
        this(projectId, type, serviceClass, status, clockState, crisis, null);
    }
}
