package org.aftersales.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.costplan.CostPlanService;
import org.aftersales.costplan.CostPlanSummary;
import org.aftersales.costplan.SupplementState;
import org.aftersales.followup.FollowUpService;
import org.aftersales.followup.ReturnVisitFilter;
import org.aftersales.followup.ReturnVisitOverview;
import org.aftersales.followup.ReturnVisitService;
import org.aftersales.retention.LedgerLine;
import org.aftersales.retention.ProjectRetention;
import org.aftersales.retention.RecoveryRate;
import org.aftersales.retention.RetentionEntryKind;
import org.aftersales.retention.RetentionService;
import org.aftersales.servicecase.CaseEventKind;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.survey.SurveyPurpose;
import org.aftersales.survey.SurveyService;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The monthly report to the general manager (R-O3; 第五章): the month's headline figures ({@link MonthlyKpi}), computed
 * once in the database by aggregate queries — counts grouped by type and class, the month's clocks as bare columns
 * rather than entities — so that a month of a large plant base stays cheap.
 *
 * <p>A month is judged in the configured zone: it runs from 00:00 of its first day to 00:00 of the next month's first
 * day. A clock counts in the month its {@code dueAt} falls in; a clock that stopped unmet before it came due (its case
 * was closed or cancelled first) never fell due and is left out; one that stopped after its due time was breached and
 * counts as not met.
 */
@ApplicationScoped
public class MonthlyReportService {

    /** Keyset page size when reading the retention registers for the workbook. */
    private static final int LEDGER_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AftersalesConfig config;

    @Inject
    RetentionService retentions;

    @Inject
    CostPlanService costPlans;

    @Inject
    FollowUpService followUps;

    @Inject
    ReturnVisitService returnVisits;

    @Inject
    SurveyService surveys;

    /** The month before today's (in the configured zone): what the scheduled report of the 1st covers. */
    public YearMonth previousMonth() {
        return YearMonth.from(LocalDate.now(clock.withZone(config.zone()))).minusMonths(1);
    }

    /**
     * A month as written in URLs and the API, {@code yyyy-MM}; refused (422) when malformed or later than the current
     * month.
     */
    public YearMonth month(String text) {
        YearMonth month;
        try {
            month = YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException notAMonth) {
            throw new BusinessException("month", "report.error.monthFormat", text);
        }
        if (month.isAfter(YearMonth.from(LocalDate.now(clock.withZone(config.zone()))))) {
            throw new BusinessException("month", "report.error.monthInFuture", month.toString());
        }
        return month;
    }

    /** The headline figures of {@code month} (see {@link MonthlyKpi}). */
    @Transactional
    public MonthlyKpi kpi(YearMonth month) {
        caller.require(Permission.MONTHLY_REPORT_VIEW);
        ZoneId zone = config.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();

        Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            byType.put(type, 0L);
        }
        em.createQuery(
                        "select c.type, count(c) from ServiceCase c where c.receivedAt >= :from and c.receivedAt < :to"
                                + " group by c.type",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> byType.put((CaseType) row[0], (Long) row[1]));
        Map<ServiceClass, Long> byClass = new EnumMap<>(ServiceClass.class);
        for (ServiceClass serviceClass : ServiceClass.values()) {
            byClass.put(serviceClass, 0L);
        }
        em.createQuery(
                        "select c.serviceClass, count(c) from ServiceCase c where c.receivedAt >= :from"
                                + " and c.receivedAt < :to group by c.serviceClass",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> byClass.put((ServiceClass) row[0], (Long) row[1]));
        long received = byType.values().stream().mapToLong(Long::longValue).sum();

        List<ClockCompliance> clocks = clockCompliance(from, to);

        long crises = em.createQuery(
                        "select count(c) from ServiceCase c where c.crisis = :yes"
                                + " and c.receivedAt < :to and (c.closedAt is null or c.closedAt >= :to)"
                                + " and (c.cancelledAt is null or c.cancelledAt >= :to)"
                                + " and exists (select e.id from CaseEvent e where e.serviceCase = c and e.kind = :flagged"
                                + " and e.claimedAt < :to)",
                        Long.class)
                .setParameter("to", to)
                .setParameter("flagged", CaseEventKind.CRISIS_FLAGGED)
                .setParameter("yes", Boolean.TRUE)
                .setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE)
                .getSingleResult();
        long complaints = em.createQuery(
                        "select count(c) from ServiceCase c where c.type = :complaint"
                                + " and c.receivedAt < :to and (c.closedAt is null or c.closedAt >= :to)"
                                + " and (c.cancelledAt is null or c.cancelledAt >= :to)",
                        Long.class)
                .setParameter("complaint", CaseType.COMPLAINT)
                .setParameter("to", to)
                .getSingleResult();

        Object[] satisfaction = em.createQuery(
                        "select count(r.score), sum(r.score) from SurveyResponse r"
                                + " join r.template t where t.purpose = :owner and r.answeredDate >= :first"
                                + " and r.answeredDate <= :last",
                        Object[].class)
                .setParameter("owner", SurveyPurpose.OWNER_SATISFACTION)
                .setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth())
                .getSingleResult();
        long responses = ((Number) satisfaction[0]).longValue();
        BigDecimal average = responses == 0
                ? null
                : new BigDecimal(satisfaction[1].toString())
                        .divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);

        RecoveryRate monthRate = retentions.recoveryRate(month.atDay(1), month.atEndOfMonth(), null);
        RecoveryRate yearRate = retentions.recoveryRate(month.withMonth(1).atDay(1), month.atEndOfMonth(), null);
        return new MonthlyKpi(
                month,
                received,
                byType,
                byClass,
                clocks,
                crises,
                complaints,
                average,
                responses,
                monthRate,
                yearRate,
                retentions.returnProcedureFigures(month));
    }

    /** The whole monthly workbook's content (sheets 1–7): the {@link #kpi} and the detail behind it. */
    @Transactional
    public MonthlyReport report(YearMonth month) {
        // Read-only: no query needs to see pending changes, and a flush before each of the report's queries would
        // compare every entity it has read so far (cost plans, follow-ups, registers) — costly on a large plant base.
        FlushModeType before = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return read(month);
        } finally {
            em.setFlushMode(before);
        }
    }

    private MonthlyReport read(YearMonth month) {
        MonthlyKpi kpi = kpi(month);
        ZoneId zone = config.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();

        List<MonthlyReport.CaseRow> cases = em
                .createQuery(
                        "select c.number, c.receivedAt, p.code, p.name, c.type,"
                                + " c.serviceClass, c.status, c.majorMatter, c.crisis, c.closedAt from ServiceCase c"
                                + " join c.project p where c.receivedAt >= :from and c.receivedAt < :to"
                                + " order by c.receivedAt, c.id",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(r -> new MonthlyReport.CaseRow(
                        (String) r[0],
                        (Instant) r[1],
                        (String) r[2],
                        (String) r[3],
                        (CaseType) r[4],
                        (ServiceClass) r[5],
                        (CaseStatus) r[6],
                        (Boolean) r[7],
                        (Boolean) r[8],
                        (Instant) r[9]))
                .toList();

        List<CostPlanSummary> plans = new ArrayList<>();
        List<MonthlyReport.SupplementRow> supplements = new ArrayList<>();
        for (CostPlanSummary plan : costPlans.summaries()) {
            plans.add(plan);
            plan.supplements().stream()
                    .filter(s -> s.state() == SupplementState.APPROVED
                            && s.decidedAt() != null
                            && !s.decidedAt().isBefore(from)
                            && s.decidedAt().isBefore(to))
                    .forEach(s -> supplements.add(
                            new MonthlyReport.SupplementRow(plan.projectCode(), plan.projectName(), s)));
        }

        // The month's movements and the balances up to its end are filtered and summed by the database.
        List<LedgerLine> movements = retentions.ledgerBetween(first, last);
        Map<List<String>, Money[]> balances = new TreeMap<>(
                Comparator.comparing((List<String> key) -> key.get(0)).thenComparing(key -> key.get(1)));
        for (RetentionService.LedgerSums ledger : retentions.ledgerSumsUpTo(last)) {
            Money[] sums = new Money[RetentionEntryKind.values().length];
            for (RetentionEntryKind kind : RetentionEntryKind.values()) {
                sums[kind.ordinal()] = ledger.of(kind);
            }
            balances.put(List.of(ledger.projectCode(), ledger.subcontractorName()), sums);
        }
        List<MonthlyReport.RetentionBalance> balanceRows = new ArrayList<>();
        balances.forEach((key, sums) -> {
            balanceRows.add(new MonthlyReport.RetentionBalance(
                    key.get(0),
                    key.get(1),
                    sums[0],
                    sums[1],
                    sums[2],
                    sums[0].minus(sums[1]).minus(sums[2])));
        });

        List<MonthlyReport.ReceivableRow> receivables = new ArrayList<>();
        long afterRetention = 0;
        for (List<ProjectRetention> page = retentions.projectRegisterPage(afterRetention, LEDGER_PAGE);
                !page.isEmpty();
                page = retentions.projectRegisterPage(afterRetention, LEDGER_PAGE)) {
            for (ProjectRetention r : page) {
                Money collected = r.collectedBy(last);
                Money outstanding = r.getAmount().minus(collected);
                receivables.add(new MonthlyReport.ReceivableRow(
                        r.getProject().getCode(),
                        r.getProject().getName(),
                        r.getDueDate(),
                        r.getAmount(),
                        collected,
                        outstanding,
                        retentions.isOverdue(r, last)));
            }
            afterRetention = page.get(page.size() - 1).getId();
        }
        receivables.sort(Comparator.comparing(MonthlyReport.ReceivableRow::dueDate)
                .thenComparing(MonthlyReport.ReceivableRow::projectCode));

        Map<Long, ReturnVisitOverview> visits = new HashMap<>();
        returnVisits.overviews(last, ReturnVisitFilter.NONE).forEach(o -> visits.put(o.projectId(), o));
        List<MonthlyReport.ComplianceRow> compliance = followUps.compliance(month).stream()
                .map(c -> {
                    ReturnVisitOverview o = visits.get(c.projectId());
                    return new MonthlyReport.ComplianceRow(
                            c,
                            o == null ? 0 : o.doneCount(),
                            o == null ? 0 : o.plannedCount(),
                            o != null && o.flagged());
                })
                .toList();

        return new MonthlyReport(
                kpi,
                cases,
                plans,
                supplements,
                movements,
                balanceRows,
                receivables,
                compliance,
                surveys.scorecards(first, last));
    }

    /**
     * SLA compliance per clock kind of the clocks due in [{@code from}, {@code to}), counted, summed and ranked by the
     * database in one statement (scale issue 14: a month of a large plant base is tens of thousands of clocks; none is
     * read into the application). A clock that stopped unmet before it came due is
     * left out; one met after its due time counts as not met in time; a late entry counts as claimed ({@code met_at}) and
     * is counted apart when it met the clock in time; the net seconds to meeting are whole seconds less the pauses,
     * never below zero; p90 is the nearest-rank percentile ({@code PERCENTILE_DISC(0.9)}: the value at rank
     * ⌈0.9 × n⌉). Timestamps are stored in the server's zone without offset: across a daylight-saving change a clock's
     * hours would be off by the shift (the customer's zone, China, has none).
     */
    private List<ClockCompliance> clockCompliance(Instant from, Instant to) {
        Map<ClockKind, ClockCompliance> byKind = new EnumMap<>(ClockKind.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, COUNT(*),"
                        + " SUM(CASE WHEN met_at IS NOT NULL AND met_at <= due_at THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN met_at IS NOT NULL AND met_at <= due_at AND met_by_late_entry"
                        + " THEN 1 ELSE 0 END),"
                        + " COUNT(net), COALESCE(SUM(net), 0),"
                        + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY net)"
                        + " FROM (SELECT kind, due_at, met_at, met_by_late_entry,"
                        + " CASE WHEN met_at IS NULL THEN NULL ELSE GREATEST(0, CAST(FLOOR(EXTRACT(EPOCH FROM met_at)"
                        + " - EXTRACT(EPOCH FROM started_at)) AS BIGINT) - paused_seconds) END AS net"
                        + " FROM service_case_clock WHERE due_at >= ?1 AND due_at < ?2"
                        + " AND NOT (met_at IS NULL AND stopped_at IS NOT NULL AND stopped_at <= due_at)) month_clocks"
                        + " GROUP BY kind")
                .setParameter(1, java.sql.Timestamp.from(from))
                .setParameter(2, java.sql.Timestamp.from(to))
                .getResultList();
        for (Object[] row : rows) {
            ClockKind kind = ClockKind.valueOf((String) row[0]);
            int met = ((Number) row[4]).intValue();
            byKind.put(
                    kind,
                    ClockCompliance.counted(
                            kind,
                            ((Number) row[1]).intValue(),
                            ((Number) row[2]).intValue(),
                            ((Number) row[3]).intValue(),
                            met,
                            ((Number) row[5]).longValue(),
                            met == 0 ? null : Long.valueOf(((Number) row[6]).longValue())));
        }
        List<ClockCompliance> clocks = new ArrayList<>();
        for (ClockKind kind : ClockKind.values()) {
            clocks.add(byKind.getOrDefault(kind, ClockCompliance.of(kind, List.of())));
        }
        return clocks;
    }
}
