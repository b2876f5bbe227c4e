package org.aftersales.mywork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.costplan.CostPlan;
import org.aftersales.costplan.CostPlanService;
import org.aftersales.costplan.CostPlanState;
import org.aftersales.costplan.SupplementState;
import org.aftersales.costplan.SupplementalCostRequest;
import org.aftersales.followup.FollowUpFilter;
import org.aftersales.followup.FollowUpService;
import org.aftersales.followup.FollowUpStatus;
import org.aftersales.followup.ReturnVisitFilter;
import org.aftersales.followup.ReturnVisitService;
import org.aftersales.manual.ManualVersion;
import org.aftersales.manual.ManualVersionState;
import org.aftersales.project.Project;
import org.aftersales.retention.RetentionService;
import org.aftersales.retention.ReturnStatus;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.Dispatch;
import org.aftersales.servicecase.DispatchStatus;
import org.aftersales.servicecase.NearBreach;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * "My work" (issue 6, Dashboards; issue 3, Lists): per role, the work that is the caller's — crises first (R-S11),
 * clocks breached and near breach (R-S3…R-S5, {@link NearBreach}), approvals waiting for them (dispatch R-S6, cost plans
 * R-C1, supplements R-C2, manuals R-K2, quality costs R-C4), an engineer's own dispatches (R-S6, R-S7), follow-ups due
 * (R-F2), return visits flagged (R-F3), cost plans overdue (R-C1), and retention to recover with its statutory
 * deadlines (R-C5, R-C8). Which role sees which block is {@link WorkBlockKind}; a project department sees only its own
 * projects' items, and an engineer's clocks are those of the cases they are dispatched to.
 *
 * <p>Each block counts its items and lists the most urgent first (earliest deadline). Days are judged in the configured
 * zone, at the instant asked about.
 */
@ApplicationScoped
public class MyWorkService {

    private static final Set<CaseStatus> CLOSED = EnumSet.of(CaseStatus.CLOSED, CaseStatus.CANCELLED);

    /** Roles that look after every case's clocks, not only the ones they were sent to. */
    private static final Set<Role> ALL_CLOCKS =
            EnumSet.of(Role.AFTER_SALES_SPECIALIST, Role.DIVISION_LEADER, Role.GENERAL_MANAGER, Role.PROJECT_DEPT);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AftersalesConfig config;

    @Inject
    FollowUpService followUps;

    @Inject
    ReturnVisitService returnVisits;

    @Inject
    CostPlanService costPlans;

    @Inject
    RetentionService retention;

    /** The share of a clock's hours from which it is near breach ({@link NearBreach}). */
    @Inject
    @ConfigProperty(name = "aftersales.my-work.near-breach-percent", defaultValue = "25")
    int nearBreachPercent = NearBreach.DEFAULT_PERCENT;

    /** The share of a clock's hours from which it is near breach, in percent. */
    public int nearBreachPercent() {
        return nearBreachPercent;
    }

    /** The caller's work now. */
    @Transactional
    public MyWork mine() {
        return at(clock.instant());
    }

    /** The caller's work at {@code now}. */
    @Transactional
    public MyWork at(Instant now) {
        Set<Role> roles = caller.roles();
        LocalDate today = LocalDate.ofInstant(now, config.zone());
        List<WorkBlock> blocks = new ArrayList<>();
        Map<WorkBlockKind, WorkBlock> clocks = null;
        for (WorkBlockKind kind : WorkBlockKind.values()) {
            if (!kind.shownTo(roles)) {
                continue;
            }
            if (kind == WorkBlockKind.BREACHED_CLOCKS || kind == WorkBlockKind.NEAR_BREACH) {
                if (clocks == null) {
                    clocks = clocks(now, roles);
                }
                blocks.add(clocks.get(kind));
                continue;
            }
            if (kind == WorkBlockKind.FOLLOW_UPS) {
                blocks.add(followUps(today));
                continue;
            }
            List<WorkItem> items = switch (kind) {
                case CRISES -> crises();
                case BREACHED_CLOCKS, NEAR_BREACH -> throw new IllegalStateException("counted above");
                case DISPATCH_APPROVALS -> dispatchProposals(now);
                case COST_PLAN_APPROVALS -> submittedCostPlans();
                case SUPPLEMENT_APPROVALS -> requestedSupplements();
                case MANUAL_APPROVALS -> draftManualVersions();
                case QUALITY_COST_CONFIRMATIONS -> qualityCosts();
                case MY_DISPATCHES -> myDispatches(now);
                case FOLLOW_UPS -> throw new IllegalStateException("counted above");
                case RETURN_VISITS -> flaggedReturnVisits(today);
                case COST_PLANS_OVERDUE -> overdueCostPlans();
                case RETENTION_RETURNS -> retentionReturns(today);
                case SUBCONTRACTOR_APPLICATIONS -> subcontractorApplications(today);
            };
            blocks.add(WorkBlock.of(kind, items));
        }
        return new MyWork(now, List.copyOf(blocks));
    }

    // ---- cases ----

    /** R-S11: open priority special cases, oldest first. */
    private List<WorkItem> crises() {
        Map<String, Object> params = new HashMap<>();
        String where = " where sc.priorityCase = :priority" + ownProjects("p", params);
        params.put("priority", Boolean.TRUE);
        return query(
                        "select sc from ServiceCase sc join fetch sc.project p" + where
                                + " order by sc.receivedAt, sc.id",
                        ServiceCase.class,
                        params)
                .stream()
                .map(sc -> caseItem(sc, "case.priorityCase", sc.getReceivedAt(), false))
                .toList();
    }

    /**
     * R-S3…R-S5: the open cases with a clock breached, and those with a clock near breach; a case shows once per block,
     * with its most urgent clock, and each block counts its cases.
     *
     * <p>Scale issue: at a million cases only the running clocks matter — unmet, not stopped, not paused (a paused
     * clock is neither breached nor near, {@link NearBreach}) — and PostgreSQL keeps them in a small partial index by
     * due time (db/vendor/postgresql). The breached ones are counted and the most overdue read with a limit; the near
     * ones can only be due within the largest warning window ahead, so only that stretch of the index is read. No
     * clock is loaded as an entity: five statements whatever the size of the data.
     */
    private Map<WorkBlockKind, WorkBlock> clocks(Instant now, Set<Role> roles) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where =
                new StringBuilder(" where k.metAt is null and k.stoppedAt is null and k.pausedSince is null"
                        + " and sc.status not in :closed");
        params.put("closed", CLOSED);
        where.append(ownProjects("p", params));
        if (roles.stream().noneMatch(ALL_CLOCKS::contains)) {
            where.append(" and exists (select d from Dispatch d join d.engineers e where d.serviceCase = sc"
                    + " and d.status = :approved and e.username = :me)");
            params.put("approved", DispatchStatus.APPROVED);
            params.put("me", caller.username());
        }
        String from = " from SlaClock k join k.serviceCase sc join sc.project p" + where;
        Map<String, Object> atNow = new HashMap<>(params);
        atNow.put("now", now);

        long breachedCount = query("select count(distinct sc.id)" + from + " and k.dueAt < :now", Long.class, atNow)
                .get(0);
        List<Object[]> breachedRows = limited(
                "select sc.id, k.kind, k.dueAt" + from + " and k.dueAt < :now order by k.dueAt, k.id",
                atNow,
                WorkBlock.LISTED * ClockKind.values().length);

        Integer longest =
                query("select max(k.hours)" + from, Integer.class, params).get(0);
        List<Object[]> nearRows = new ArrayList<>();
        if (longest != null) {
            Map<String, Object> window = new HashMap<>(atNow);
            window.put("windowEnd", now.plusSeconds(longest * 3600L * nearBreachPercent / 100));
            for (Object[] row : query(
                    "select sc.id, k.kind, k.dueAt, k.hours" + from
                            + " and k.dueAt >= :now and k.dueAt <= :windowEnd order by k.dueAt, k.id",
                    Object[].class,
                    window)) {
                Instant dueAt = (Instant) row[2];
                long warningSeconds = ((Integer) row[3]) * 3600L * nearBreachPercent / 100;
                if (!dueAt.isAfter(now.plusSeconds(warningSeconds))) {
                    nearRows.add(row);
                }
            }
        }
        Map<Long, Object[]> breached = firstPerCase(breachedRows);
        Map<Long, Object[]> nearAll = firstPerCase(nearRows);
        Map<Long, Object[]> near = new LinkedHashMap<>();
        nearAll.entrySet().stream()
                .limit(WorkBlock.LISTED)
                .forEach(entry -> near.put(entry.getKey(), entry.getValue()));
        Map<Long, ServiceCase> cases =
                casesById(java.util.stream.Stream.concat(breached.keySet().stream(), near.keySet().stream())
                        .distinct()
                        .toList());

        Map<WorkBlockKind, WorkBlock> result = new HashMap<>();
        result.put(
                WorkBlockKind.BREACHED_CLOCKS,
                WorkBlock.counted(
                        WorkBlockKind.BREACHED_CLOCKS, (int) breachedCount, clockItems(breached, cases, true)));
        result.put(
                WorkBlockKind.NEAR_BREACH,
                WorkBlock.counted(WorkBlockKind.NEAR_BREACH, nearAll.size(), clockItems(near, cases, false)));
        return result;
    }

    /** The rows (case id, clock kind, due time …) in order, the first of each case, at most {@link WorkBlock#LISTED}. */
    private static Map<Long, Object[]> firstPerCase(List<Object[]> rows) {
        Map<Long, Object[]> first = new LinkedHashMap<>();
        for (Object[] row : rows) {
            first.putIfAbsent((Long) row[0], row);
        }
        return first;
    }

    private static List<WorkItem> clockItems(Map<Long, Object[]> rows, Map<Long, ServiceCase> cases, boolean overdue) {
        List<WorkItem> items = new ArrayList<>();
        rows.entrySet().stream().limit(WorkBlock.LISTED).forEach(entry -> {
            ServiceCase sc = cases.get(entry.getKey());
            if (sc != null) {
                Object[] row = entry.getValue();
                items.add(caseItem(sc, "ClockKind." + row[1], (Instant) row[2], overdue));
            }
        });
        return items;
    }

    /** The cases with these ids and their projects: one statement. */
    private Map<Long, ServiceCase> casesById(List<Long> ids) {
        Map<Long, ServiceCase> cases = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select sc from ServiceCase sc join fetch sc.project where sc.id in :ids", ServiceCase.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(sc -> cases.put(sc.getId(), sc));
        }
        return cases;
    }

    private List<Object[]> limited(String jpql, Map<String, Object> params, int limit) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        params.forEach(query::setParameter);
        query.setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE);
        return query.setMaxResults(limit).getResultList();
    }

    /** R-S6: proposals waiting for a decision, the earliest planned visit first. */
    private List<WorkItem> dispatchProposals(Instant now) {
        Map<String, Object> params = new HashMap<>();
        String where = " where d.status = :proposed and sc.status not in :closed" + ownProjects("p", params);
        params.put("proposed", DispatchStatus.PROPOSED);
        params.put("closed", CLOSED);
        return query(
                        "select d from Dispatch d join fetch d.serviceCase sc join fetch sc.project p" + where
                                + " order by d.plannedFrom, d.id",
                        Dispatch.class,
                        params)
                .stream()
                .map(d -> caseItem(
                        d.getServiceCase(),
                        "DispatchStatus.PROPOSED",
                        d.getPlannedFrom(),
                        d.getPlannedFrom().isBefore(now)))
                .toList();
    }

    /**
     * R-S6, R-S7: the caller's approved dispatches on open cases whose window has not ended, the earliest first; the
     * time shown is the arrival agreed with the owner where there is one, else the start of the planned window.
     */
    private List<WorkItem> myDispatches(Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("approved", DispatchStatus.APPROVED);
        params.put("me", caller.username());
        params.put("now", now);
        params.put("closed", CLOSED);
        return query(
                        "select d from Dispatch d join d.engineers e join fetch d.serviceCase sc join fetch sc.project p"
                                + " where d.status = :approved and e.username = :me and d.plannedTo > :now"
                                + " and sc.status not in :closed order by d.plannedFrom, d.id",
                        Dispatch.class,
                        params)
                .stream()
                .map(d -> {
                    Instant agreed = d.getServiceCase()
                            .getVisit()
                            .map(v -> v.getAgreedArrivalAt())
                            .orElse(null);
                    return agreed != null
                            ? caseItem(d.getServiceCase(), "myWork.item.agreedArrival", agreed, false)
                            : caseItem(d.getServiceCase(), "myWork.item.plannedVisit", d.getPlannedFrom(), false);
                })
                .sorted(Comparator.comparing(WorkItem::dueAt))
                .toList();
    }

    private static WorkItem caseItem(ServiceCase sc, String labelKey, Instant dueAt, boolean overdue) {
        return new WorkItem(
                WorkTarget.CASE,
                sc.getId(),
                sc.getNumber(),
                sc.getProject().getCode() + " · " + shortened(sc.getDescription()),
                labelKey,
                dueAt,
                null,
                overdue,
                null);
    }

    // ---- approvals ----

    /** R-C1: submitted plans, the earliest submitted first. */
    private List<WorkItem> submittedCostPlans() {
        Map<String, Object> params = new HashMap<>();
        String where = " where c.state = :submitted" + ownProjects("p", params);
        params.put("submitted", CostPlanState.SUBMITTED);
        return query(
                        "select c from CostPlan c join fetch c.project p" + where + " order by c.submittedAt, c.id",
                        CostPlan.class,
                        params)
                .stream()
                .map(c -> projectItem(
                        WorkTarget.COST_PLAN,
                        c.getProject(),
                        "myWork.item.costPlanSubmitted",
                        c.getSubmittedAt(),
                        null,
                        false))
                .toList();
    }

    /** R-C2: supplemental cost requests waiting for the general manager, the earliest first. */
    private List<WorkItem> requestedSupplements() {
        Map<String, Object> params = new HashMap<>();
        String where = " where s.state = :requested" + ownProjects("p", params);
        params.put("requested", SupplementState.REQUESTED);
        return query(
                        "select s from SupplementalCostRequest s join fetch s.plan c join fetch c.project p" + where
                                + " order by s.requestedAt, s.id",
                        SupplementalCostRequest.class,
                        params)
                .stream()
                .map(s -> new WorkItem(
                        WorkTarget.COST_PLAN,
                        c(s).getId(),
                        c(s).getCode(),
                        c(s).getName() + " · " + shortened(s.getReason()),
                        "CostCategory." + s.getCategory(),
                        s.getRequestedAt(),
                        null,
                        false,
                        s.getAmount()))
                .toList();
    }

    private static Project c(SupplementalCostRequest s) {
        return s.getPlan().getProject();
    }

    /** R-K2: draft versions of manuals, the oldest first. */
    private List<WorkItem> draftManualVersions() {
        return em
                .createQuery(
                        "select v from ManualVersion v join fetch v.manual m where v.state = :draft"
                                + " order by v.createdAt, v.id",
                        ManualVersion.class)
                .setParameter("draft", ManualVersionState.DRAFT)
                .getResultList()
                .stream()
                .map(v -> new WorkItem(
                        WorkTarget.MANUAL,
                        v.getManual().getId(),
                        v.getManual().getNumber(),
                        v.getManual().getTitle() + " · " + v.getLabel(),
                        "ManualKind." + v.getManual().getKind(),
                        v.getCreatedAt(),
                        null,
                        false,
                        null))
                .toList();
    }

    /** R-C4: quality costs to confirm, the oldest first. */
    private List<WorkItem> qualityCosts() {
        return retention.qualityCostsAwaitingConfirmation().stream()
                .map(q -> new WorkItem(
                        WorkTarget.SUBCONTRACTOR_RETENTION,
                        q.getRetention().getId(),
                        q.getRetention().getProject().getCode(),
                        q.getRetention().getSubcontractor().getName() + " · " + shortened(q.getCause()),
                        "myWork.item.qualityCost",
                        q.getCreatedAt(),
                        null,
                        false,
                        q.getAmount()))
                .toList();
    }

    // ---- owner contact, plans, retention ----

    /**
     * R-F2: owner follow-ups overdue or due this week, the earliest due first. Scale issue: read from the planner's
     * index on the stored due date ({@link FollowUpService#due}) — the most urgent page and a capped count — instead of
     * working out every project's status in memory.
     */
    private WorkBlock followUps(LocalDate today) {
        if (!caller.may(Permission.FOLLOW_UP_VIEW)) {
            return WorkBlock.of(WorkBlockKind.FOLLOW_UPS, List.of());
        }
        Page<FollowUpStatus> due =
                followUps.due(today, FollowUpFilter.actionable(), PageRequest.first(WorkBlock.LISTED));
        List<WorkItem> listed = due.items().stream()
                .map(s -> new WorkItem(
                        WorkTarget.FOLLOW_UP,
                        s.projectId(),
                        s.projectCode(),
                        s.projectName(),
                        "FollowUpState." + s.state(),
                        null,
                        s.dueDate(),
                        s.overdue(),
                        null))
                .toList();
        return WorkBlock.counted(WorkBlockKind.FOLLOW_UPS, (int) due.total(), listed);
    }

    /** R-F3: projects flagged for want of a done return visit, the nearest warranty end first. */
    private List<WorkItem> flaggedReturnVisits(LocalDate today) {
        if (!caller.may(Permission.FOLLOW_UP_VIEW)) {
            return List.of();
        }
        return returnVisits.overviews(today, new ReturnVisitFilter(null, null, true)).stream()
                .sorted(Comparator.comparing(o -> o.warrantyEnd()))
                .map(o -> new WorkItem(
                        WorkTarget.RETURN_VISIT,
                        o.projectId(),
                        o.projectCode(),
                        o.projectName(),
                        o.nextPlannedDate() != null
                                ? "myWork.item.returnVisitPlannedOnly"
                                : "myWork.item.returnVisitNone",
                        null,
                        o.warrantyEnd(),
                        o.warrantyEnd().isBefore(today),
                        null))
                .toList();
    }

    /** R-C1: plans not submitted by their due date. */
    private List<WorkItem> overdueCostPlans() {
        if (!caller.may(Permission.COST_PLAN_VIEW)) {
            return List.of();
        }
        return costPlans.overdue().stream()
                .map(o -> new WorkItem(
                        WorkTarget.COST_PLAN,
                        o.projectId(),
                        o.projectCode(),
                        o.projectName(),
                        o.state() == null ? "myWork.item.costPlanMissing" : "myWork.item.costPlanNotSubmitted",
                        null,
                        o.dueDate(),
                        true,
                        null))
                .toList();
    }

    /**
     * R-C5, R-C8: the company's retention due or under its return procedure, nearest deadline first; the day shown is
     * the procedure's next deadline, else the day the retention fell due.
     */
    private List<WorkItem> retentionReturns(LocalDate today) {
        if (!caller.may(Permission.RETENTION_VIEW)) {
            return List.of();
        }
        return retention.returnProcedures(today).stream()
                .map(row -> {
                    ReturnStatus status = row.status();
                    LocalDate deadline = status.nextDeadline() != null
                            ? status.nextDeadline()
                            : row.retention().getDueDate();
                    Project p = row.retention().getProject();
                    return new WorkItem(
                            WorkTarget.PROJECT_RETENTION,
                            row.retention().getId(),
                            p.getCode(),
                            p.getName(),
                            "ReturnState." + status.state(),
                            null,
                            deadline,
                            // R-C5/R-C8: the due date is the first day to apply, not a deadline missed
                            status.nextDeadline() != null && deadline.isBefore(today),
                            null);
                })
                .toList();
    }

    /** R-C8: subcontractors' applications the company must answer, nearest deadline first. */
    private List<WorkItem> subcontractorApplications(LocalDate today) {
        if (!caller.may(Permission.RETENTION_VIEW)) {
            return List.of();
        }
        return retention.subcontractorApplicationsToAnswer(today).stream()
                .map(row -> {
                    LocalDate deadline = row.status().nextDeadline();
                    return new WorkItem(
                            WorkTarget.SUBCONTRACTOR_RETENTION,
                            row.retention().getId(),
                            row.retention().getProject().getCode(),
                            row.retention().getSubcontractor().getName(),
                            "ReturnState." + row.status().state(),
                            null,
                            deadline,
                            deadline != null && deadline.isBefore(today),
                            null);
                })
                .sorted(Comparator.comparing(WorkItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static WorkItem projectItem(
            WorkTarget target, Project p, String labelKey, Instant dueAt, LocalDate dueDate, boolean overdue) {
        return new WorkItem(target, p.getId(), p.getCode(), p.getName(), labelKey, dueAt, dueDate, overdue, null);
    }

    // ---- helpers ----

    /** A project department sees its own projects' items only (R-O1). */
    private String ownProjects(String project, Map<String, Object> params) {
        if (!caller.restrictedToOwnDepartment()) {
            return "";
        }
        Long own = caller.departmentId();
        params.put("ownDepartment", own == null ? Long.valueOf(-1L) : own);
        return " and " + project + ".projectDepartment.id = :ownDepartment";
    }

    private <T> List<T> query(String jpql, Class<T> type, Map<String, Object> params) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        // Bound, not printed into the SQL: EclipseLink's H2 platform prints a Boolean as 1, which H2 2.x refuses.
        query.setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE);
        return query.getResultList();
    }

    private static String shortened(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
