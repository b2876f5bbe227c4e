package org.aftersales.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.policy.PolicyKey;
import org.aftersales.policy.PolicyService;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectService;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.NativeSql;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Use cases of the two-weekly owner follow-up (R-F2; 第四章第二条3): log a contact, open a service case from it when
 * the owner reports a problem, record or withdraw an owner's decline, and list the projects whose next contact is due
 * or overdue on a given day — for the planner, {@code GET /api/follow-ups/due}, the dashboards and the monthly report.
 *
 * <p>Every project from provisional handover on is listed (post-warranty ones too). The due date follows the cadence
 * rule ({@link FollowUpCadence}); from today on the planner ({@link #due}) reads it as each project stores it
 * ({@link FollowUpPlan}), in index order ({@link FollowUpDueQuery}). The dashboards' {@link #statuses}, the compliance
 * and a day in the past derive it from the contacts up to the day: the handed-over projects the caller may see, the
 * latest contact of each and the declines in force — three queries, whatever the number of projects.
 *
 * <p>A PROJECT_DEPT user sees and logs only their department's projects (through {@link ProjectService#find}).
 */
@ApplicationScoped
public class FollowUpService {

    private static final Map<String, Comparator<FollowUpStatus>> SORTS = Map.of(
            "dueDate", Comparator.comparing(FollowUpStatus::dueDate),
            "daysLeft", Comparator.comparingLong(FollowUpStatus::daysLeft),
            "projectCode", Comparator.comparing(FollowUpStatus::projectCode),
            "ownerName", Comparator.comparing(FollowUpStatus::ownerName),
            "lastReachedAt",
                    Comparator.comparing(
                            FollowUpStatus::lastReachedAt, Comparator.nullsFirst(Comparator.naturalOrder())),
            "state", Comparator.comparing(FollowUpStatus::state));

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Inject
    PolicyService policy;

    @Inject
    ServiceCaseService cases;

    @Inject
    AftersalesConfig config;

    @Inject
    Clock clock;

    @Inject
    FollowUpPlan plan;

    /** Today in the configured zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    /** Now, from the injected clock. */
    public Instant now() {
        return clock.instant();
    }

    private ZoneId zone() {
        return config.zone();
    }

    // ---- the planner ----

    /** One page of the projects matching {@code filter} on {@code asOf}, by default the most overdue first. */
    @Transactional
    public Page<FollowUpStatus> due(LocalDate asOf, FollowUpFilter filter, PageRequest page) {
        return due(asOf, filter, page, null);
    }

    /**
     * One page of the planner (scale issue 14): from today on, the projects in the order of their stored due date
     * ({@link FollowUpPlan}) read from an index ({@link FollowUpDueQuery}), counted up to {@link Page#COUNT_CAP} beyond
     * the page, or after the cursor {@code after} (the {@code next} of an earlier page, nothing counted); the other
     * sorts order the matching projects in the database. The page's projects, their last contacts and declines take
     * four more statements, however many rows the page has. A day before today is worked out from the contacts up to
     * that day, as it was then ({@link #statuses}, sorted in memory, no cursor).
     */
    @Transactional
    public Page<FollowUpStatus> due(LocalDate asOf, FollowUpFilter filter, PageRequest page, String after) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        FollowUpFilter wanted = filter == null ? FollowUpFilter.actionable() : filter;
        if (asOf.isBefore(today())) {
            if (after != null) {
                throw new BusinessException("after", "list.error.cursorMismatch");
            }
            return dueOnPastDay(asOf, wanted, page);
        }
        if (wanted.projectId() != null) {
            projects.find(wanted.projectId());
        }
        FollowUpDueQuery query = new FollowUpDueQuery(asOf, endOf(asOf), wanted, ownDepartment());
        boolean indexOrder = after != null || FollowUpDueQuery.indexOrder(page.sortField(), page.ascending());
        NativeSql sql;
        if (after != null) {
            sql = query.pageAfterSql(FollowUpDueQuery.Cursor.decode(after), page.size());
        } else if (indexOrder) {
            sql = query.pageSql(page.offset(), page.size());
        } else {
            sql = query.sortedPageSql(page.sortField(), page.ascending(), page.offset(), page.size());
        }
        List<Object[]> rows = sql.rows(em);
        List<FollowUpStatus> items = statusesOf(rows, asOf, wanted.withinDays());
        String next = indexOrder && rows.size() == page.size() ? query.cursorAfter(rows.get(rows.size() - 1)) : null;
        if (after != null) {
            return new Page<>(items, 0, false, next);
        }
        int cap = Page.COUNT_CAP + page.offset();
        long counted = ((Number) query.countSql(cap).query(em).getSingleResult()).longValue();
        return Page.capped(items, counted, cap, next);
    }

    private Page<FollowUpStatus> dueOnPastDay(LocalDate asOf, FollowUpFilter filter, PageRequest page) {
        List<FollowUpStatus> rows = new ArrayList<>(statuses(asOf, filter));
        Comparator<FollowUpStatus> order = page.sortField() == null ? null : SORTS.get(page.sortField());
        order = order == null ? SORTS.get("dueDate") : page.ascending() ? order : order.reversed();
        rows.sort(order.thenComparing(FollowUpStatus::projectCode));
        int from = Math.min(page.offset(), rows.size());
        int to = Math.min(from + page.size(), rows.size());
        return new Page<>(List.copyOf(rows.subList(from, to)), rows.size());
    }

    /**
     * The statuses of a page's projects ({@code id, due, code} rows, in their order) with their stored due dates: the
     * projects with owner and department, the last reached contacts, the last contacts of any kind and the declines in
     * force — four statements.
     */
    private List<FollowUpStatus> statusesOf(List<Object[]> rows, LocalDate asOf, int withinDays) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, Project> byId = new HashMap<>();
        em.createQuery(
                        "select p from Project p join fetch p.owner left join fetch p.projectDepartment"
                                + " where p.id in :ids",
                        Project.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(p -> byId.put(p.getId(), p));
        List<Long> reachedIds = byId.values().stream()
                .map(Project::getFollowUpReachedId)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<Long, OwnerFollowUp> reached = new HashMap<>();
        if (!reachedIds.isEmpty()) {
            em.createQuery("select f from OwnerFollowUp f where f.id in :ids", OwnerFollowUp.class)
                    .setParameter("ids", reachedIds)
                    .getResultList()
                    .forEach(f -> reached.put(f.getProject().getId(), f));
        }
        Map<Long, OwnerFollowUp> lastAny = new HashMap<>();
        em.createQuery(
                        "select f from OwnerFollowUp f where f.project.id in :ids and f.contactDay <= :asOf"
                                + " and not exists (select g from OwnerFollowUp g where g.project = f.project"
                                + " and g.contactDay <= :asOf"
                                + " and (g.contactedAt > f.contactedAt or (g.contactedAt = f.contactedAt and g.id > f.id)))",
                        OwnerFollowUp.class)
                .setParameter("ids", ids)
                .setParameter("asOf", asOf)
                .getResultList()
                .forEach(f -> lastAny.put(f.getProject().getId(), f));
        Instant end = endOf(asOf);
        Map<Long, FollowUpDecline> declines = new HashMap<>();
        em.createQuery(
                        "select d from FollowUpDecline d where d.project.id in :ids and d.declinedAt < :end"
                                + " and (d.withdrawnAt is null or d.withdrawnAt >= :end)",
                        FollowUpDecline.class)
                .setParameter("ids", ids)
                .setParameter("end", end)
                .getResultList()
                .forEach(d -> declines.put(d.getProject().getId(), d));
        List<FollowUpStatus> statuses = new ArrayList<>();
        for (Long id : ids) {
            Project project = byId.get(id);
            statuses.add(status(
                    project,
                    asOf,
                    withinDays,
                    project.getFollowUpDueDate(),
                    reached.get(id),
                    lastAny.get(id),
                    declines.get(id)));
        }
        return statuses;
    }

    private Long ownDepartment() {
        if (!caller.restrictedToOwnDepartment()) {
            return null;
        }
        Long department = caller.departmentId();
        return department == null ? Long.valueOf(-1L) : department;
    }

    /** Every project matching {@code filter} on {@code asOf}, unsorted (dashboards count them). */
    @Transactional
    public List<FollowUpStatus> statuses(LocalDate asOf, FollowUpFilter filter) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        FollowUpFilter wanted = filter == null ? FollowUpFilter.actionable() : filter;
        List<Project> handedOver = handedOverProjects(asOf, wanted.projectId(), wanted.projectDepartmentId());
        if (handedOver.isEmpty()) {
            return List.of();
        }
        Map<Long, OwnerFollowUp> lastReached = latest(asOf, true);
        Map<Long, OwnerFollowUp> lastAny = latest(asOf, false);
        Map<Long, FollowUpDecline> declines = declinesInForce(asOf);
        int period = policy.currentWhole(PolicyKey.FOLLOW_UP_DAYS);
        List<FollowUpStatus> rows = new ArrayList<>();
        for (Project project : handedOver) {
            OwnerFollowUp reached = lastReached.get(project.getId());
            FollowUpStatus status = status(
                    project,
                    asOf,
                    wanted.withinDays(),
                    FollowUpCadence.dueDate(
                            project.getProvisionalHandoverDate(),
                            reached == null ? null : reached.getNextDueDate(),
                            period),
                    reached,
                    lastAny.get(project.getId()),
                    declines.get(project.getId()));
            if (wanted.states().contains(status.state())
                    && (wanted.engineer() == null || wanted.engineer().equals(status.lastReachedBy()))) {
                rows.add(status);
            }
        }
        return rows;
    }

    /** One project's follow-up on {@code asOf}. */
    @Transactional
    public FollowUpStatus status(long projectId, LocalDate asOf) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        Project project = projects.find(projectId);
        if (project.getProvisionalHandoverDate() == null
                || project.getProvisionalHandoverDate().isAfter(asOf)) {
            throw new BusinessException("projectId", "followUp.error.notHandedOver", project.getCode());
        }
        return statuses(
                        asOf,
                        new FollowUpFilter(
                                projectId,
                                null,
                                null,
                                java.util.EnumSet.allOf(FollowUpState.class),
                                FollowUpFilter.DEFAULT_WINDOW_DAYS))
                .get(0);
    }

    private static FollowUpStatus status(
            Project project,
            LocalDate asOf,
            int withinDays,
            LocalDate due,
            OwnerFollowUp reached,
            OwnerFollowUp any,
            FollowUpDecline decline) {
        FollowUpState state = FollowUpCadence.state(due, asOf, withinDays, decline != null);
        Long problem = reached != null && reached.isProblemReported() && reached.getServiceCase() == null
                ? reached.getId()
                : null;
        return new FollowUpStatus(
                project.getId(),
                project.getCode(),
                project.getName(),
                project.getOwner().getName(),
                project.getProjectDepartment() == null
                        ? null
                        : project.getProjectDepartment().getId(),
                project.getProjectDepartment() == null
                        ? null
                        : project.getProjectDepartment().getName(),
                project.phaseOn(asOf),
                asOf,
                due,
                FollowUpCadence.daysLeft(due, asOf),
                state,
                reached == null ? null : reached.getContactedAt(),
                reached == null ? null : reached.getContactName(),
                reached == null ? null : reached.getContactedBy(),
                reached == null ? null : reached.getEquipmentStatus(),
                any == null ? null : any.getContactedAt(),
                any == null ? null : any.getId(),
                problem,
                decline == null ? null : decline.getReason());
    }

    /** The projects handed over by {@code asOf} that the caller may see. */
    private List<Project> handedOverProjects(LocalDate asOf, Long projectId, Long departmentId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(
                " where p.provisionalHandoverDate is not null and p.provisionalHandoverDate <= :asOf");
        params.put("asOf", asOf);
        if (projectId != null) {
            where.append(" and p.id = :project");
            params.put("project", projects.find(projectId).getId());
        } else if (caller.restrictedToOwnDepartment()) {
            where.append(" and p.projectDepartment.id = :ownDepartment");
            Long own = caller.departmentId();
            params.put("ownDepartment", own == null ? Long.valueOf(-1L) : own);
        }
        if (departmentId != null) {
            where.append(" and p.projectDepartment.id = :department");
            params.put("department", departmentId);
        }
        TypedQuery<Project> query = em.createQuery(
                "select p from Project p join fetch p.owner" + " left join fetch p.projectDepartment" + where,
                Project.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Per project, its latest contact up to {@code asOf}: of those that reached the owner, or of all. */
    private Map<Long, OwnerFollowUp> latest(LocalDate asOf, boolean reachedOnly) {
        String reached = reachedOnly ? " and f.reached = :yes" : "";
        String laterReached = reachedOnly ? " and g.reached = :yes" : "";
        TypedQuery<OwnerFollowUp> query = em.createQuery(
                        "select f from OwnerFollowUp f where f.contactDay <= :asOf"
                                + reached + " and not exists (select g from OwnerFollowUp g where g.project = f.project"
                                + " and g.contactDay <= :asOf" + laterReached
                                + " and (g.contactedAt > f.contactedAt or (g.contactedAt = f.contactedAt and g.id > f.id)))",
                        OwnerFollowUp.class)
                .setParameter("asOf", asOf)
                // Bound, not printed: EclipseLink's H2 platform prints a Boolean as 1, which H2 2.x refuses.
                .setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE);
        if (reachedOnly) {
            query.setParameter("yes", Boolean.TRUE);
        }
        Map<Long, OwnerFollowUp> byProject = new HashMap<>();
        for (OwnerFollowUp followUp : query.getResultList()) {
            byProject.put(followUp.getProject().getId(), followUp);
        }
        return byProject;
    }

    private Map<Long, FollowUpDecline> declinesInForce(LocalDate asOf) {
        Instant end = endOf(asOf);
        Map<Long, FollowUpDecline> byProject = new HashMap<>();
        em.createQuery(
                        "select d from FollowUpDecline d where d.declinedAt < :end"
                                + " and (d.withdrawnAt is null or d.withdrawnAt >= :end)",
                        FollowUpDecline.class)
                .setParameter("end", end)
                .getResultList()
                .forEach(d -> byProject.put(d.getProject().getId(), d));
        return byProject;
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    // ---- logging a contact ----

    /** Logs a contact with the owner (R-F2); a contact that reached the owner sets the next due date. */
    @Transactional
    public OwnerFollowUp log(long projectId, FollowUpEntry entry) {
        caller.require(Permission.FOLLOW_UP_LOG);
        Project project = projects.find(projectId);
        Instant now = clock.instant();
        Instant at = entry.contactedAt() != null ? entry.contactedAt() : now;
        if (at.isAfter(now)) {
            throw new BusinessException("contactedAt", "followUp.error.inFuture");
        }
        OwnerContact person = contactOf(project, entry.ownerContactId());
        OwnerFollowUp followUp = new OwnerFollowUp(
                project,
                at,
                LocalDate.ofInstant(at, zone()),
                caller.username(),
                person,
                entry,
                policy.currentWhole(PolicyKey.FOLLOW_UP_DAYS));
        em.persist(followUp);
        em.flush();
        plan.replan(project);
        return followUp;
    }

    /**
     * Logs a contact at which the owner reported a problem and opens a service case from it in the same step (R-F2,
     * R-S1): one click in the planner.
     */
    @Transactional
    public OwnerFollowUp logAndOpenCase(long projectId, FollowUpEntry entry, String description) {
        OwnerFollowUp followUp = log(projectId, entry);
        em.flush();
        openCase(followUp, description);
        return followUp;
    }

    /**
     * Opens a service case from a contact at which the owner reported a problem (R-S1 intake, through
     * {@link ServiceCaseService#register}): prefilled with the project, the person, the channel, the time of the
     * contact and the description, and linked to the contact.
     *
     * @param description what the owner reported; {@code null} takes the contact's notes
     */
    @Transactional
    public ServiceCase openServiceCase(long followUpId, String description) {
        caller.require(Permission.FOLLOW_UP_LOG);
        return openCase(find(followUpId), description);
    }

    private ServiceCase openCase(OwnerFollowUp followUp, String description) {
        if (!followUp.isReached()) {
            throw new BusinessException("reached", "followUp.error.caseNeedsReachedOwner");
        }
        String text = Inputs.stripToNull(description) != null ? description.strip() : followUp.getNotes();
        if (text == null) {
            throw new BusinessException("notes", "followUp.error.describeProblem");
        }
        if (followUp.getServiceCase() != null) {
            throw new BusinessException(
                    null,
                    "followUp.error.caseAlreadyOpened",
                    followUp.getServiceCase().getNumber());
        }
        String reporter = followUp.getContactName() != null
                ? followUp.getContactName()
                : followUp.getProject().getOwner().getName();
        ServiceCase opened = cases.register(new CaseIntake(
                followUp.getProject().getId(),
                null,
                followUp.getChannel().caseChannel(),
                CaseType.SERVICE_REQUEST,
                reporter,
                followUp.getContactedAt(),
                text,
                false,
                false));
        followUp.openedServiceCase(opened);
        return opened;
    }

    private OwnerContact contactOf(Project project, Long contactId) {
        if (contactId == null) {
            return null;
        }
        OwnerContact contact = em.find(OwnerContact.class, contactId);
        if (contact == null || !contact.getProject().equals(project)) {
            throw new BusinessException("ownerContactId", "followUp.error.contactOfOtherProject");
        }
        return contact;
    }

    /** The contact, if the caller may see its project; otherwise "not found". */
    @Transactional
    public OwnerFollowUp find(long followUpId) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        OwnerFollowUp followUp = em.find(OwnerFollowUp.class, followUpId);
        if (followUp == null) {
            throw new NotFoundException("followUp", followUpId);
        }
        try {
            projects.find(followUp.getProject().getId());
        } catch (NotFoundException projectNotVisible) {
            throw new NotFoundException("followUp", followUpId);
        }
        return followUp;
    }

    /** A project's contacts, latest first. */
    @Transactional
    public Page<OwnerFollowUp> history(long projectId, PageRequest page) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        Project project = projects.find(projectId);
        List<OwnerFollowUp> items = em.createQuery(
                        "select f from OwnerFollowUp f where f.project = :project"
                                + " order by f.contactedAt desc, f.id desc",
                        OwnerFollowUp.class)
                .setParameter("project", project)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        // Counted up to Page.COUNT_CAP beyond the page (scale issue 14: years of contacts), as the other long lists.
        int cap = Page.COUNT_CAP + page.offset();
        long counted = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM owner_follow_up f"
                                + " WHERE f.project_id = ?1 LIMIT ?2) capped")
                        .setParameter(1, project.getId())
                        .setParameter(2, cap)
                        .getSingleResult())
                .longValue();
        return Page.capped(items, counted, cap, null);
    }

    // ---- declines ----

    /** Records that the owner declined follow-ups (R-F2): who, when, why. The project is skipped from now on. */
    @Transactional
    public FollowUpDecline recordDecline(long projectId, String reason) {
        caller.require(Permission.FOLLOW_UP_LOG);
        Project project = projects.find(projectId);
        if (declineInForce(project).isPresent()) {
            throw new BusinessException("reason", "followUp.error.alreadyDeclined", project.getCode());
        }
        FollowUpDecline decline = new FollowUpDecline(project, clock.instant(), caller.username(), reason);
        em.persist(decline);
        return decline;
    }

    /** The owner agreed to follow-ups again: the decline is withdrawn and the project planned again. */
    @Transactional
    public FollowUpDecline withdrawDecline(long projectId) {
        caller.require(Permission.FOLLOW_UP_LOG);
        Project project = projects.find(projectId);
        FollowUpDecline decline = declineInForce(project)
                .orElseThrow(() -> new BusinessException(null, "followUp.error.notDeclined", project.getCode()));
        decline.withdraw(clock.instant(), caller.username());
        return decline;
    }

    /** The owner's decline of follow-ups in force now, if any. */
    @Transactional
    public Optional<FollowUpDecline> declineInForce(long projectId) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        return declineInForce(projects.find(projectId));
    }

    private Optional<FollowUpDecline> declineInForce(Project project) {
        return em
                .createQuery(
                        "select d from FollowUpDecline d where d.project = :project and d.withdrawnAt is null",
                        FollowUpDecline.class)
                .setParameter("project", project)
                .getResultList()
                .stream()
                .findFirst();
    }

    // ---- compliance (monthly report) ----

    /**
     * Per handed-over project the caller may see: the contacts that fell due in {@code month} and how many were made
     * in time (R-F2), judged at the month's end or today, whichever is earlier.
     */
    @Transactional
    public List<FollowUpCompliance> compliance(YearMonth month) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        LocalDate end = month.atEndOfMonth();
        LocalDate judgedOn = end.isAfter(today()) ? today() : end;
        List<Project> handedOver = handedOverProjects(end, null, null);
        Map<Long, List<FollowUpCadence.Reached>> reached = new HashMap<>();
        em.createQuery(
                        "select f from OwnerFollowUp f where f.reached = :yes and f.contactDay <= :end"
                                + " order by f.contactedAt, f.id",
                        OwnerFollowUp.class)
                .setParameter("yes", Boolean.TRUE)
                .setParameter("end", end)
                .setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE)
                .getResultList()
                .forEach(f -> reached.computeIfAbsent(f.getProject().getId(), id -> new ArrayList<>())
                        .add(new FollowUpCadence.Reached(f.getContactDay(), f.getNextDueDate())));
        Map<Long, FollowUpDecline> declines = declinesInForce(end);
        int period = policy.currentWhole(PolicyKey.FOLLOW_UP_DAYS);
        List<FollowUpCompliance> rows = new ArrayList<>();
        for (Project project : handedOver) {
            List<FollowUpCadence.Cycle> inMonth = FollowUpCadence.cycles(
                            project.getProvisionalHandoverDate(),
                            period,
                            reached.getOrDefault(project.getId(), List.of()),
                            judgedOn)
                    .stream()
                    .filter(c -> YearMonth.from(c.dueDate()).equals(month))
                    .toList();
            rows.add(new FollowUpCompliance(
                    project.getId(),
                    project.getCode(),
                    project.getName(),
                    inMonth.size(),
                    (int) inMonth.stream()
                            .filter(FollowUpCadence.Cycle::metInTime)
                            .count(),
                    (int) inMonth.stream().filter(c -> c.missed(judgedOn)).count(),
                    declines.containsKey(project.getId())));
        }
        rows.sort(Comparator.comparing(FollowUpCompliance::projectCode));
        return rows;
    }
}
