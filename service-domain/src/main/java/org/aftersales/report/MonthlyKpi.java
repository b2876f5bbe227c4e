package org.aftersales.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.retention.RecoveryRate;
import org.aftersales.retention.ReturnProcedureFigures;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.ServiceClass;

/**
 * The headline figures of one month for the general manager (R-O3; issue 6, Summary): one computation
 * ({@link MonthlyReportService#kpi}) feeds the API, the summary sheet of the monthly workbook and the dashboard, so
 * the three can never disagree.
 *
 * <ul>
 *   <li>cases received in the month (in the configured zone), by type and by service class — every constant present,
 *       zero where none;
 *   <li>SLA compliance per clock kind ({@link ClockCompliance}) over the clocks whose {@code dueAt} falls in the month;
 *   <li>crises and complaints still open at the month's end (for the running month: now);
 *   <li>owner satisfaction: the mean score of the owner-satisfaction survey responses answered in the month (two
 *       decimals; {@code null} without one) and how many there were;
 *   <li>the retention recovery rate (R-C5) of the month and of the year to date;
 *   <li>the statutory return procedure (R-C8) at the month's end: applications pending, deemed acceptances in the
 *       month, payments overdue with their interest ({@link ReturnProcedureFigures}).
 * </ul>
 */
public record MonthlyKpi(
        YearMonth month,
        long casesReceived,
        Map<CaseType, Long> casesByType,
        Map<ServiceClass, Long> casesByClass,
        List<ClockCompliance> clocks,
        long crisesOpen,
        long complaintsOpen,
        BigDecimal ownerSatisfaction,
        long ownerSatisfactionResponses,
        RecoveryRate recoveryMonth,
        RecoveryRate recoveryYearToDate,
        ReturnProcedureFigures returnProcedure) {

    public MonthlyKpi {
        casesByType = Collections.unmodifiableMap(new EnumMap<>(casesByType));
        casesByClass = Collections.unmodifiableMap(new EnumMap<>(casesByClass));
        clocks = List.copyOf(clocks);
    }

    /** The compliance of one clock kind. */
    public ClockCompliance clock(ClockKind kind) {
        return clocks.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }
}
