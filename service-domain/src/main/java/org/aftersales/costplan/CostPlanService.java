package org.aftersales.costplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.cost.CostCategory;
import org.aftersales.cost.PlanDeviation;
import org.aftersales.cost.ServiceCost;
import org.aftersales.policy.PolicyKey;
import org.aftersales.policy.PolicyService;
import org.aftersales.policy.PolicyTimeline;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/**
 * Use cases on after-sales cost plans (R-C1 … R-C3): the specialist drafts and submits the plan, the division leader
 * or the general manager approves or rejects it, the general manager alone gives the special approval of supplemental
 * costs, and everyone who may see the project's costs compares plan and actual. Plans are addressed by their project
 * (one plan per project); record-level access follows the project (a project department sees its own projects only).
 *
 * <p>Every change locks the plan row and moves its version, so two people acting on one plan at the same moment are
 * serialised, and a page editing lines from a stale version is told to reload.
 */
@ApplicationScoped
public class CostPlanService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Inject
    PolicyService policy;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Creates the project's plan, every category at zero; the due date is fixed with the policy months in force at
     * the project's provisional handover (R-C1, see {@link CostPlan#dueDate(LocalDate, PolicyTimeline, ZoneId)}).
     */
    @Transactional
    public CostPlan create(long projectId) {
        caller.require(Permission.COST_PLAN_EDIT);
        Project project = projects.find(projectId);
        if (planOf(project).isPresent()) {
            throw new BusinessException("projectId", "costPlan.error.exists", project.getCode());
        }
        int months = project.getProvisionalHandoverDate() == null
                ? 0
                : months().wholeOn(project.getProvisionalHandoverDate(), clock.getZone());
        CostPlan plan = new CostPlan(project, months);
        em.persist(plan);
        return plan;
    }

    /** The plan as page, API and workbook show it; empty when the project has none yet. */
    @Transactional
    public Optional<CostPlanSummary> summary(long projectId) {
        caller.require(Permission.COST_PLAN_VIEW);
        Project project = projects.find(projectId);
        return planOf(project).map(plan -> summarise(plan, project, actuals(project), displayNames(List.of(plan))));
    }

    /**
     * Every project's plan as {@link #summary} shows it, ordered by project code: the monthly report's costs sheet
     * (R-O3). A fixed number of queries whatever the number of projects — the actual costs of all projects summed in
     * one, lines and supplements fetched in batches — since a per-project summary costs a scan of the cost lines each.
     */
    @Transactional
    public List<CostPlanSummary> summaries() {
        caller.require(Permission.COST_PLAN_VIEW);
        Map<Long, Map<CostCategory, Money>> actuals = new HashMap<>();
        em.createQuery(
                        "select p.id, c.category, sum(c.amount) from ServiceCost c join c.serviceCase sc"
                                + " join sc.project p group by p.id, c.category",
                        Object[].class)
                .getResultList()
                .forEach(row -> actuals.computeIfAbsent((Long) row[0], id -> zeroPerCategory())
                        .put((CostCategory) row[1], money(row[2])));
        List<CostPlan> plans = em.createQuery(
                        "select cp from CostPlan cp join fetch cp.project p" + " join fetch p.owner order by p.code",
                        CostPlan.class)
                .setHint(QueryHints.BATCH, "cp.lines")
                .setHint(QueryHints.BATCH, "cp.supplements")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .getResultList();
        Map<String, String> names = displayNames(plans);
        return plans.stream()
                .map(plan -> summarise(
                        plan,
                        plan.getProject(),
                        actuals.getOrDefault(plan.getProject().getId(), zeroPerCategory()),
                        names))
                .toList();
    }

    /** Replaces the planned amounts and notes of the given categories (while drafting or revising). */
    @Transactional
    public CostPlan planLines(long projectId, long expectedVersion, List<CostPlanLineInput> lines) {
        caller.require(Permission.COST_PLAN_EDIT);
        CostPlan plan = locked(projectId);
        if (plan.getVersion() != expectedVersion) {
            throw new StaleVersionException(plan.getModifiedBy(), plan.getModifiedAt());
        }
        Set<CostCategory> seen = new HashSet<>();
        for (CostPlanLineInput line : lines) {
            if (line.category() == null) {
                throw new BusinessException("category", "costPlan.error.categoryRequired");
            }
            if (!seen.add(line.category())) {
                throw new BusinessException("category", "costPlan.error.categoryTwice", line.category());
            }
            plan.plan(line.category(), line.planned() == null ? Money.ZERO : line.planned(), line.note());
        }
        return flushed(plan);
    }

    @Transactional
    public CostPlan submit(long projectId) {
        caller.require(Permission.COST_PLAN_EDIT);
        CostPlan plan = locked(projectId);
        plan.submit(caller.username(), clock.instant(), today());
        return flushed(plan);
    }

    @Transactional
    public CostPlan approve(long projectId) {
        caller.require(Permission.COST_PLAN_APPROVE);
        CostPlan plan = locked(projectId);
        plan.approve(caller.username(), clock.instant());
        CostPlan approved = flushed(plan);
        changeLog.record(ChangeKind.COST_PLAN_APPROVED, "projects/" + projectId + "/cost-plan", null);
        return approved;
    }

    @Transactional
    public CostPlan reject(long projectId, String reason) {
        caller.require(Permission.COST_PLAN_APPROVE);
        CostPlan plan = locked(projectId);
        plan.reject(reason, caller.username(), clock.instant());
        return flushed(plan);
    }

    /** R-C2: the specialist's written request for extra costs on an approved plan. */
    @Transactional
    public SupplementalCostRequest requestSupplement(long projectId, SupplementInput input) {
        caller.require(Permission.COST_PLAN_EDIT);
        CostPlan plan = locked(projectId);
        SupplementalCostRequest request = plan.requestSupplement(
                input.category(),
                input.amount(),
                input.reason(),
                input.justification(),
                caller.username(),
                clock.instant());
        em.persist(request);
        em.flush();
        return request;
    }

    /** R-C2: the general manager's special approval; the plan's total rises by the amount. */
    @Transactional
    public SupplementalCostRequest approveSupplement(long projectId, long requestId) {
        caller.require(Permission.COST_SUPPLEMENT_APPROVE);
        CostPlan plan = locked(projectId);
        SupplementalCostRequest request = plan.approveSupplement(requestId, caller.username(), clock.instant());
        em.flush();
        return request;
    }

    @Transactional
    public SupplementalCostRequest rejectSupplement(long projectId, long requestId, String note) {
        caller.require(Permission.COST_SUPPLEMENT_APPROVE);
        CostPlan plan = locked(projectId);
        SupplementalCostRequest request = plan.rejectSupplement(requestId, note, caller.username(), clock.instant());
        em.flush();
        return request;
    }

    /**
     * R-C1: the projects, among those the caller may see, whose cost plan was not submitted by its due date — with a
     * plan in DRAFT or REJECTED, or past provisional handover + the policy months without any plan — earliest due
     * first. For lists and the dashboard.
     */
    @Transactional
    public List<OverdueCostPlan> overdue() {
        caller.require(Permission.COST_PLAN_VIEW);
        LocalDate today = today();
        List<OverdueCostPlan> overdue = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String visible = visibleProjects(params);
        var withPlan = em.createQuery(
                        "select c from CostPlan c join fetch c.project p where c.state in :open"
                                + " and c.dueDate < :today" + visible,
                        CostPlan.class)
                .setParameter("open", List.of(CostPlanState.DRAFT, CostPlanState.REJECTED))
                .setParameter("today", today);
        params.forEach(withPlan::setParameter);
        for (CostPlan plan : withPlan.getResultList()) {
            Project p = plan.getProject();
            overdue.add(new OverdueCostPlan(p.getId(), p.getCode(), p.getName(), plan.getDueDate(), plan.getState()));
        }
        PolicyTimeline months = months();
        // provisional + months < today implies provisional < today: a cheap bound for the database, exact check below.
        var withoutPlan = em.createQuery(
                        "select p from Project p where p.provisionalHandoverDate < :today"
                                + " and not exists (select c.id from CostPlan c where c.project = p)" + visible,
                        Project.class)
                .setParameter("today", today);
        params.forEach(withoutPlan::setParameter);
        for (Project p : withoutPlan.getResultList()) {
            LocalDate due = CostPlan.dueDate(p.getProvisionalHandoverDate(), months, clock.getZone());
            if (today.isAfter(due)) {
                overdue.add(new OverdueCostPlan(p.getId(), p.getCode(), p.getName(), due, null));
            }
        }
        overdue.sort(Comparator.comparing(OverdueCostPlan::dueDate).thenComparing(OverdueCostPlan::projectCode));
        return overdue;
    }

    /**
     * R-C1, R-C2: how a cost about to be booked today on the project stands against its cost plan (see {@link
     * CostPlan#judgeBooking(CostPlan, LocalDate, LocalDate, CostCategory, Money, Money)}); called by the booking, inside its transaction and before the line is stored. The plan
     * row is locked so that two bookings of one project are judged one after the other, each seeing the other's amount.
     */
    @Transactional
    public Optional<PlanDeviation.Finding> judgeBooking(Project project, CostCategory category, Money amount) {
        Optional<Long> planId = em
                .createQuery("select c.id from CostPlan c where c.project = :project", Long.class)
                .setParameter("project", project)
                .getResultList()
                .stream()
                .findFirst();
        CostPlan plan = planId.map(id -> em.find(CostPlan.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElse(null);
        LocalDate due = plan != null
                ? plan.getDueDate()
                : project.getProvisionalHandoverDate() == null
                        ? null
                        : CostPlan.dueDate(project.getProvisionalHandoverDate(), months(), clock.getZone());
        Money actualBefore =
                plan != null && plan.isInExecution() ? actuals(project).get(category) : Money.ZERO;
        return CostPlan.judgeBooking(plan, due, today(), category, actualBefore, amount);
    }

    /** The history of the cost-plan months (R-O2), to read the value in force at a provisional handover. */
    private PolicyTimeline months() {
        return policy.timeline(PolicyKey.COST_PLAN_MONTHS);
    }

    /** R-C1, R-C2: the project's cost lines flagged against its plan, newest first — shown on the plan. */
    @Transactional
    public List<ServiceCost> flaggedCosts(long projectId) {
        caller.require(Permission.COST_PLAN_VIEW);
        Project project = projects.find(projectId);
        return em.createQuery(
                        "select c from ServiceCost c join fetch c.serviceCase sc where sc.project = :project"
                                + " and c.planDeviation is not null order by c.createdAt desc, c.id desc",
                        ServiceCost.class)
                .setParameter("project", project)
                .setMaxResults(500)
                .getResultList();
    }

    /** R-C3: the actual costs booked on the project's service cases, per category (zero where none). */
    @Transactional
    public Map<CostCategory, Money> actualsByCategory(long projectId) {
        caller.require(Permission.COST_PLAN_VIEW);
        return actuals(projects.find(projectId));
    }

    private Map<CostCategory, Money> actuals(Project project) {
        Map<CostCategory, Money> totals = zeroPerCategory();
        // Summed by the database: a project of many cases has thousands of cost lines (issue 6 benchmark).
        List<Object[]> rows = em.createQuery(
                        "select c.category, sum(c.amount) from ServiceCost c"
                                + " where c.serviceCase.project = :project group by c.category",
                        Object[].class)
                .setParameter("project", project)
                .getResultList();
        for (Object[] row : rows) {
            totals.put((CostCategory) row[0], money(row[1]));
        }
        return totals;
    }

    /** A database sum of a money column: EclipseLink gives it converted or as the bare number, by database. */
    private static Money money(Object sum) {
        if (sum instanceof Money money) {
            return money;
        }
        return Money.of(sum instanceof BigDecimal decimal ? decimal : new BigDecimal(sum.toString()));
    }

    private static Map<CostCategory, Money> zeroPerCategory() {
        Map<CostCategory, Money> totals = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            totals.put(category, Money.ZERO);
        }
        return totals;
    }

    private CostPlanSummary summarise(
            CostPlan plan, Project project, Map<CostCategory, Money> actual, Map<String, String> names) {
        Map<CostCategory, Money> supplements = plan.approvedSupplementsByCategory();
        List<CostPlanSummary.Line> lines = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            Optional<CostPlanLine> line = plan.line(category);
            lines.add(new CostPlanSummary.Line(
                    category,
                    line.map(CostPlanLine::getPlanned).orElse(Money.ZERO),
                    line.map(CostPlanLine::getNote).orElse(null),
                    supplements.get(category),
                    actual.get(category)));
        }
        List<CostPlanSummary.Supplement> requests = plan.getSupplements().stream()
                .map(s -> new CostPlanSummary.Supplement(
                        s.getId(),
                        s.getCategory(),
                        s.getAmount(),
                        s.getReason(),
                        s.getJustification(),
                        s.getState(),
                        name(names, s.getRequestedBy()),
                        s.getRequestedAt(),
                        name(names, s.getDecidedBy()),
                        s.getDecidedAt(),
                        s.getDecisionNote()))
                .toList();
        return new CostPlanSummary(
                plan.getId(),
                plan.getVersion(),
                project.getId(),
                project.getCode(),
                project.getName(),
                project.getOwner().getName(),
                project.getProvisionalHandoverDate(),
                plan.getDueDate(),
                plan.getState(),
                plan.isOverdueOn(today()),
                lines,
                requests,
                name(names, plan.getCreatedBy()),
                plan.getCreatedAt(),
                name(names, plan.getSubmittedBy()),
                plan.getSubmittedAt(),
                name(names, plan.getDecidedBy()),
                plan.getDecidedAt(),
                plan.getRejectionReason(),
                plan.isSubmittedLate());
    }

    /** The display names of everyone who acted on the plans, by username. */
    private Map<String, String> displayNames(List<CostPlan> plans) {
        Set<String> users = new HashSet<>();
        for (CostPlan plan : plans) {
            users.add(plan.getCreatedBy());
            users.add(plan.getSubmittedBy());
            users.add(plan.getDecidedBy());
            plan.getSupplements().forEach(s -> {
                users.add(s.getRequestedBy());
                users.add(s.getDecidedBy());
            });
        }
        users.removeIf(Objects::isNull);
        Map<String, String> names = new HashMap<>();
        if (!users.isEmpty()) {
            em.createQuery("select u.username, u.displayName from AppUser u where u.username in :users", Object[].class)
                    .setParameter("users", users)
                    .getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    private static String name(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }

    private Optional<CostPlan> planOf(Project project) {
        return em
                .createQuery("select c from CostPlan c where c.project = :project", CostPlan.class)
                .setParameter("project", project)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * The project's plan, read afresh under a row lock for this transaction, its version to be moved on commit (a
     * line or a supplement changes other rows: the plan's version still tells a page its copy is stale); "not found"
     * when there is none.
     */
    private CostPlan locked(long projectId) {
        Project project = projects.find(projectId);
        Long id = em
                .createQuery("select c.id from CostPlan c where c.project = :project", Long.class)
                .setParameter("project", project)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("costPlan", projectId));
        CostPlan plan = em.find(CostPlan.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return plan;
    }

    private CostPlan flushed(CostPlan plan) {
        em.flush();
        return plan;
    }

    private String visibleProjects(Map<String, Object> params) {
        if (!caller.restrictedToOwnDepartment()) {
            return "";
        }
        Long department = caller.departmentId();
        params.put("ownDepartment", department == null ? Long.valueOf(-1L) : department);
        return " and p.projectDepartment.id = :ownDepartment";
    }
}
