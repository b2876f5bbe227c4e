package org.aftersales.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandoverDatesTest {

    private static final LocalDate PROVISIONAL = LocalDate.of(2024, 12, 1);
    private static final LocalDate FORMAL = LocalDate.of(2025, 3, 1);

    private static HandoverDates dates(LocalDate provisional, LocalDate formal, int months) {
        return new HandoverDates(provisional, formal, null, months);
    }

    @Test
    @DisplayName("R-L1 warranty end is formal handover plusMonths(12), the last day covered: 2025-03-01 → 2026-03-01")
    void warrantyEndIsTheLastCoveredDay() {
        HandoverDates dates = dates(PROVISIONAL, FORMAL, 12);

        assertThat(dates.warrantyEnd()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(dates.phaseOn(LocalDate.of(2026, 3, 1))).isEqualTo(ProjectPhase.WARRANTY);
        assertThat(dates.phaseOn(LocalDate.of(2026, 3, 2))).isEqualTo(ProjectPhase.POST_WARRANTY);
    }

    @ParameterizedTest(name = "{0} + {1} months → {2}")
    @CsvSource({
        "2024-02-29, 12, 2025-02-28", // a leap day: no 29 February next year, so that month's last day
        "2024-02-29, 48, 2028-02-29", // four years on the leap day exists again
        "2025-01-31, 1, 2025-02-28", // a month end into a shorter month
        "2025-08-31, 6, 2026-02-28",
        "2023-12-31, 2, 2024-02-29"
    })
    @DisplayName("R-L1 warranty end follows the Civil Code month rule at month ends and leap days")
    void warrantyEndAtMonthEndsAndLeapDays(LocalDate formal, int months, LocalDate expectedEnd) {
        HandoverDates dates = dates(formal.minusMonths(1), formal, months);

        assertThat(dates.warrantyEnd()).isEqualTo(expectedEnd);
        assertThat(dates.phaseOn(expectedEnd)).isEqualTo(ProjectPhase.WARRANTY);
        assertThat(dates.phaseOn(expectedEnd.plusDays(1))).isEqualTo(ProjectPhase.POST_WARRANTY);
    }

    @Test
    @DisplayName("R-L1 phase is derived from the dates at each boundary day")
    void phaseAtEachBoundary() {
        HandoverDates dates = dates(PROVISIONAL, FORMAL, 12);

        assertThat(dates.phaseOn(PROVISIONAL.minusDays(1))).isEqualTo(ProjectPhase.IN_CONSTRUCTION);
        assertThat(dates.phaseOn(PROVISIONAL)).isEqualTo(ProjectPhase.PROVISIONAL_HANDOVER);
        assertThat(dates.phaseOn(FORMAL.minusDays(1))).isEqualTo(ProjectPhase.PROVISIONAL_HANDOVER);
        assertThat(dates.phaseOn(FORMAL)).isEqualTo(ProjectPhase.WARRANTY);
    }

    @Test
    @DisplayName(
            "R-L1 without handover dates the project is in construction; without formal handover it stays in trial operation")
    void missingDates() {
        assertThat(dates(null, null, 12).phaseOn(LocalDate.of(2030, 1, 1))).isEqualTo(ProjectPhase.IN_CONSTRUCTION);
        assertThat(dates(null, null, 12).warrantyEnd()).isNull();
        assertThat(dates(PROVISIONAL, null, 12).phaseOn(LocalDate.of(2030, 1, 1)))
                .isEqualTo(ProjectPhase.PROVISIONAL_HANDOVER);
    }

    @Test
    @DisplayName("R-L1 formal handover before provisional handover is rejected with a clear message")
    void formalBeforeProvisionalIsRejected() {
        assertThatThrownBy(() -> dates(FORMAL, PROVISIONAL, 12))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey(), e -> ((BusinessException) e).getField())
                .containsExactly("project.error.formalBeforeProvisional", "formalHandoverDate");
    }

    @Test
    @DisplayName("R-L1 formal handover on the day of provisional handover is accepted (formal ≥ provisional)")
    void sameDayHandoverIsAccepted() {
        assertThat(dates(FORMAL, FORMAL, 12).phaseOn(FORMAL)).isEqualTo(ProjectPhase.WARRANTY);
    }

    @Test
    @DisplayName("R-L1 formal handover without provisional handover, and a zero warranty, are rejected")
    void incompleteDatesAreRejected() {
        assertThatThrownBy(() -> dates(null, FORMAL, 12))
                .isInstanceOf(BusinessException.class)
                .hasMessage("project.error.formalWithoutProvisional");
        assertThatThrownBy(() -> dates(PROVISIONAL, FORMAL, 0))
                .isInstanceOf(BusinessException.class)
                .hasMessage("project.error.warrantyMonths");
    }

    @Test
    @DisplayName("R-L1 completion acceptance defaults to formal handover")
    void completionAcceptanceDefaultsToFormalHandover() {
        assertThat(dates(PROVISIONAL, FORMAL, 12).effectiveCompletionAcceptanceDate())
                .isEqualTo(FORMAL);
        LocalDate accepted = FORMAL.plusDays(20);
        assertThat(new HandoverDates(PROVISIONAL, FORMAL, accepted, 12).effectiveCompletionAcceptanceDate())
                .isEqualTo(accepted);
    }
}
