package org.aftersales.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.costplan.CostPlanSummary;
import org.aftersales.followup.FollowUpCompliance;
import org.aftersales.retention.LedgerLine;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.Money;
import org.aftersales.survey.SupplierScorecard;

/**
 * Everything the monthly workbook to the general manager shows (R-O3; issue 6, sheets 1–7), read once by
 * {@link MonthlyReportService#report}: the {@link MonthlyKpi} of the summary, and the detail behind it.
 */
public record MonthlyReport(
        MonthlyKpi kpi,
        List<CaseRow> cases,
        List<CostPlanSummary> costPlans,
        List<SupplementRow> supplementsApproved,
        List<LedgerLine> retentionMovements,
        List<RetentionBalance> retentionBalances,
        List<ReceivableRow> receivables,
        List<ComplianceRow> compliance,
        List<SupplierScorecard> scorecards) {

    public MonthlyReport {
        cases = List.copyOf(cases);
        costPlans = List.copyOf(costPlans);
        supplementsApproved = List.copyOf(supplementsApproved);
        retentionMovements = List.copyOf(retentionMovements);
        retentionBalances = List.copyOf(retentionBalances);
        receivables = List.copyOf(receivables);
        compliance = List.copyOf(compliance);
        scorecards = List.copyOf(scorecards);
    }

    /** Sheet 2: one case received in the month. */
    public record CaseRow(
            String number,
            Instant receivedAt,
            String projectCode,
            String projectName,
            CaseType type,
            ServiceClass serviceClass,
            CaseStatus status,
            boolean majorMatter,
            boolean crisis,
            Instant closedAt) {}

    /** Sheet 3: a supplemental cost (R-C2) the general manager approved in the month. */
    public record SupplementRow(String projectCode, String projectName, CostPlanSummary.Supplement supplement) {}

    /** Sheet 4: one subcontractor's retention on one project at the month's end (R-C4). */
    public record RetentionBalance(
            String projectCode, String subcontractorName, Money held, Money deducted, Money released, Money balance) {}

    /**
     * Sheet 5: the company's retention on one project at the month's end (R-C5): what is due, collected by then,
     * outstanding, and overdue (due date passed, something outstanding).
     */
    public record ReceivableRow(
            String projectCode,
            String projectName,
            LocalDate dueDate,
            Money amount,
            Money collected,
            Money outstanding,
            boolean overdue) {}

    /** Sheet 6: a project's follow-up compliance in the month (R-F2) and its return visits at the month's end (R-F3). */
    public record ComplianceRow(
            FollowUpCompliance followUps,
            long returnVisitsDone,
            long returnVisitsPlanned,
            boolean returnVisitFlagged) {}
}
