package org.aftersales.project;

import java.time.LocalDate;
import org.aftersales.shared.BusinessException;

/**
 * The dates that decide a project's phase and warranty (R-L1), and the rules that keep them consistent.
 *
 * <p>Periods follow the Civil Code (Art. 201–203) as REQUIREMENTS.md "Periods and days" states: the warranty of N
 * months runs from formal handover and ends on the corresponding day N months later, or that month's last day where
 * there is none ({@link LocalDate#plusMonths}); that end day is the last day covered. 2025-03-01 + 12 months →
 * 2026-03-01; 2024-02-29 + 12 → 2025-02-28; 2025-01-31 + 1 → 2025-02-28.
 */
public record HandoverDates(
        LocalDate provisionalHandoverDate,
        LocalDate formalHandoverDate,
        LocalDate completionAcceptanceDate,
        int warrantyMonths) {

    /** Longest warranty accepted: 50 years covers the design service life of foundations and main structure. */
    public static final int MAX_WARRANTY_MONTHS = 600;

    public HandoverDates {
        validate(provisionalHandoverDate, formalHandoverDate, completionAcceptanceDate, warrantyMonths);
    }

    private static void validate(LocalDate provisional, LocalDate formal, LocalDate completion, int months) {
        if (months < 1 || months > MAX_WARRANTY_MONTHS) {
            throw new BusinessException("warrantyMonths", "project.error.warrantyMonths", MAX_WARRANTY_MONTHS);
        }
        if (formal != null && provisional == null) {
            throw new BusinessException("provisionalHandoverDate", "project.error.formalWithoutProvisional");
        }
        if (formal != null && formal.isBefore(provisional)) {
            throw new BusinessException(
                    "formalHandoverDate", "project.error.formalBeforeProvisional", formal, provisional);
        }
        if (completion != null && provisional == null) {
            throw new BusinessException("provisionalHandoverDate", "project.error.completionWithoutProvisional");
        }
        if (completion != null && completion.isBefore(provisional)) {
            throw new BusinessException(
                    "completionAcceptanceDate", "project.error.completionBeforeProvisional", completion, provisional);
        }
    }

    /** The phase on a given day (judged by the caller in the configured time zone). */
    public ProjectPhase phaseOn(LocalDate day) {
        if (provisionalHandoverDate == null || day.isBefore(provisionalHandoverDate)) {
            return ProjectPhase.IN_CONSTRUCTION;
        }
        if (formalHandoverDate == null || day.isBefore(formalHandoverDate)) {
            return ProjectPhase.PROVISIONAL_HANDOVER;
        }
        if (!day.isAfter(warrantyEnd())) {
            return ProjectPhase.WARRANTY;
        }
        return ProjectPhase.POST_WARRANTY;
    }

    /** The last day of free warranty, or {@code null} before formal handover. */
    public LocalDate warrantyEnd() {
        return formalHandoverDate == null ? null : formalHandoverDate.plusMonths(warrantyMonths);
    }

    /**
     * Completion acceptance (竣工验收), from which statutory periods count; defaults to formal handover when the
     * project has not recorded its own (R-L1).
     */
    public LocalDate effectiveCompletionAcceptanceDate() {
        return completionAcceptanceDate != null ? completionAcceptanceDate : formalHandoverDate;
    }
}
