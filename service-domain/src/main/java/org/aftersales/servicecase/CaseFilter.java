package org.aftersales.servicecase;

/**
 * Filters of the case list; {@code null} means "any". {@code clockState} matches a case with at least one clock in
 * that state now.
 */
public record CaseFilter(
        Long projectId,
        CaseType type,
        ServiceClass serviceClass,
        CaseStatus status,
        ClockState clockState,
        Boolean crisis) {

    public static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null);
}
