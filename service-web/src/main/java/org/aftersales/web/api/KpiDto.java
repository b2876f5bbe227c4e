package org.aftersales.web.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.report.ClockCompliance;
import org.aftersales.report.MonthlyKpi;
import org.aftersales.retention.RecoveryRate;
import org.aftersales.retention.ReturnProcedureFigures;

/**
 * {@code GET /api/kpi/{yyyy-MM}}: the summary figures of the monthly report (R-O3) — the same {@link MonthlyKpi} the
 * workbook's summary sheet is written from. Counts, hours and percentages are numbers ({@code null} where there was
 * nothing to measure), money is a string (API.md).
 */
public record KpiDto(
        String month,
        long casesReceived,
        Map<String, Long> casesByType,
        Map<String, Long> casesByClass,
        List<KpiClockDto> clocks,
        long crisesOpen,
        long complaintsOpen,
        BigDecimal ownerSatisfaction,
        long ownerSatisfactionResponses,
        RecoveryDto retentionRecoveryMonth,
        RecoveryDto retentionRecoveryYearToDate,
        ReturnProcedureDto returnProcedure) {

    /**
     * One clock kind: due in the month, met in time, met at all, % in time — and beside it how many of those met in time
     * rest on a late entry ({@code metByLateEntry}) —, mean and p90 hours net of pauses.
     */
    public record KpiClockDto(
            String kind,
            int due,
            int metInTime,
            int met,
            BigDecimal percentMetInTime,
            int metByLateEntry,
            BigDecimal meanHoursToMeet,
            BigDecimal p90HoursToMeet) {

        static KpiClockDto of(ClockCompliance c) {
            return new KpiClockDto(
                    c.kind().name(),
                    c.due(),
                    c.metInTime(),
                    c.met(),
                    c.percentMetInTime(),
                    c.metByLateEntry(),
                    c.meanHoursToMeet(),
                    c.p90HoursToMeet());
        }
    }

    /** R-C5: what fell due, what of it was collected by the period's end, the rate ({@code null}: nothing fell due). */
    public record RecoveryDto(String due, String collected, BigDecimal rate) {

        static RecoveryDto of(RecoveryRate r) {
            return new RecoveryDto(
                    r.due().toString(), r.collected().toString(), r.percent().orElse(null));
        }
    }

    /**
     * R-C8: the statutory return procedure at the month's end ({@code asOfDate}; the running month: today) — the
     * company's applications pending, deemed acceptances in the month, payments overdue with what is outstanding and
     * the interest accrued, and the other way round subcontractors' applications to answer and interest owed to them.
     */
    public record ReturnProcedureDto(
            String asOfDate,
            long applicationsPending,
            long deemedAcceptances,
            long overduePayments,
            String overdueOutstanding,
            String interestAccrued,
            long subcontractorApplicationsToAnswer,
            String interestOwed) {

        static ReturnProcedureDto of(ReturnProcedureFigures f) {
            return new ReturnProcedureDto(
                    f.asOf().toString(),
                    f.applicationsPending(),
                    f.deemedAcceptances(),
                    f.overduePayments(),
                    f.overdueOutstanding().toString(),
                    f.interestAccrued().toString(),
                    f.subcontractorApplicationsToAnswer(),
                    f.interestOwed().toString());
        }
    }

    static KpiDto of(MonthlyKpi kpi) {
        Map<String, Long> byType = new LinkedHashMap<>();
        kpi.casesByType().forEach((type, count) -> byType.put(type.name(), count));
        Map<String, Long> byClass = new LinkedHashMap<>();
        kpi.casesByClass().forEach((serviceClass, count) -> byClass.put(serviceClass.name(), count));
        return new KpiDto(
                kpi.month().toString(),
                kpi.casesReceived(),
                byType,
                byClass,
                kpi.clocks().stream().map(KpiClockDto::of).toList(),
                kpi.crisesOpen(),
                kpi.complaintsOpen(),
                kpi.ownerSatisfaction(),
                kpi.ownerSatisfactionResponses(),
                RecoveryDto.of(kpi.recoveryMonth()),
                RecoveryDto.of(kpi.recoveryYearToDate()),
                ReturnProcedureDto.of(kpi.returnProcedure()));
    }
}
