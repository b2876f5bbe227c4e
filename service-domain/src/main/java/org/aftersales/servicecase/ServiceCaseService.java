package org.aftersales.servicecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.contract.ServiceContract;
import org.aftersales.notification.NotificationKind;
import org.aftersales.notification.NotificationService;
import org.aftersales.policy.PolicyKey;
import org.aftersales.policy.PolicyService;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.Refusals;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Role;
import org.aftersales.subcontractor.Subcontractor;
import org.eclipse.persistence.config.QueryHints;

/**
 * Use cases on service cases, step (1) of issue 3: register a call (R-S1) — classified (R-L3), assigned (R-L5),
 * numbered, its clocks started with the policy's hours as they are then (R-S3 … R-S5, R-O2) —, find, list, and the
 * acts that meet or pause the clocks and close a case.
 *
 * <p>A case is project data: a PROJECT_DEPT user registers, sees and lists only the cases of their own department's
 * projects (through {@link ProjectService#find(long)}); another project's case answers "not found".
 *
 * <p>Instants come in as parameters — the time the act happened, which may be earlier than now (logged after the
 * fact) but not later, nor earlier than the case's latest act; {@code null} means now, from the injected clock. A time
 * older than the policy's late-entry bound needs a {@code lateReason} ({@link LateEntryRule}). Days are judged in the
 * configured zone.
 */
@ApplicationScoped
public class ServiceCaseService {

    /** The case list counts the cases that match up to this many beyond the page asked for ({@link Page#COUNT_CAP}). */
    public static final int COUNT_CAP = Page.COUNT_CAP;

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
    AftersalesConfig config;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    /** Now, from the injected clock: the instant clock states are shown at. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Registers a call (R-S1): classifies it on the day it was received (R-L3), assigns the responsibility (R-L5),
     * numbers it {@code SC-yyyy-nnnnn} by the year it was received, and starts its clocks with the policy's hours.
     */
    @Transactional
    public ServiceCase register(CaseIntake intake) {
        caller.require(Permission.CASE_REGISTER);
        Refusals refusals = ServiceCase.checkIntake(intake);
        ClaimedTime received =
                refusals.check(() -> lateEntryRule().judgeIntake(intake.receivedAt(), intake.lateReason()));
        refusals.throwIfAny();
        Project project = projects.find(intake.projectId());
        EquipmentItem item = item(project, intake.equipmentItemId());
        LocalDate day = LocalDate.ofInstant(received.claimedAt(), zone());
        ServiceClass serviceClass = ServiceClassifier.classify(project, item, day, contractsInForce(project, day));
        ServiceCase serviceCase = new ServiceCase(
                nextNumber(day.getYear()),
                project,
                item,
                intake,
                serviceClass,
                received,
                policy.currentWhole(PolicyKey.REPLY_HOURS),
                policy.currentWhole(PolicyKey.MAJOR_MATTER_HOURS));
        em.persist(serviceCase);
        route(serviceCase, null, caller.username());
        if (serviceCase.isUrgent()) {
            notifications.notifyRoles(
                    NotificationService.LEADERSHIP,
                    serviceCase.isCrisis() ? NotificationKind.CRISIS : NotificationKind.URGENT_CASE,
                    serviceCase,
                    summary(serviceCase));
        }
        changeLog.record(ChangeKind.CASE_REGISTERED, "cases/" + serviceCase.getId(), null);
        return serviceCase;
    }

    /** The start of the description, for a notification's one line. */
    private static String summary(ServiceCase serviceCase) {
        String text = serviceCase.getDescription();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** The case, if the caller may see its project; otherwise "not found", as for a case that does not exist. */
    @Transactional
    public ServiceCase find(long id) {
        caller.require(Permission.CASE_VIEW);
        ServiceCase serviceCase = em.find(ServiceCase.class, id);
        if (serviceCase == null) {
            throw new NotFoundException("serviceCase", id);
        }
        try {
            projects.find(serviceCase.getProject().getId());
        } catch (NotFoundException projectNotVisible) {
            throw new NotFoundException("serviceCase", id);
        }
        serviceCase.getTimeline();
        return serviceCase;
    }

    /**
     * The cases the caller may see that match {@code filter}: priority special cases (open crisis cases) first, until
     * they close (R-S11), then by the sort asked; counted up to {@link #COUNT_CAP} beyond the page.
     */
    @Transactional
    public Page<ServiceCase> list(CaseFilter filter, PageRequest page) {
        CaseCount count = count(filter, page, COUNT_CAP + page.offset());
        return page(filter, page, count);
    }

    /**
     * How many cases match {@code filter} (the sort of {@code page} only makes the query the page's), the other cases
     * counted up to {@code cap}. A project filter the caller may not see is "not found", as for the project itself.
     */
    @Transactional
    public CaseCount count(CaseFilter filter, PageRequest page, int cap) {
        caller.require(Permission.CASE_VIEW);
        CaseFilter f = filter == null ? CaseFilter.NONE : filter;
        Object[] row = (Object[]) listQuery(f, page).countSql(cap).query(em).getSingleResult();
        if (f.projectId() != null && ((Number) row[2]).longValue() == 0) {
            throw new NotFoundException("project", f.projectId());
        }
        long others = ((Number) row[1]).longValue();
        return new CaseCount(((Number) row[0]).longValue(), others, others < cap);
    }

    /** One page by offset, given the count made for it ({@link #count}): two statements, whatever the data's size. */
    @Transactional
    public Page<ServiceCase> page(CaseFilter filter, PageRequest page, CaseCount count) {
        caller.require(Permission.CASE_VIEW);
        CaseListQuery query = listQuery(filter == null ? CaseFilter.NONE : filter, page);
        List<Object[]> rows =
                query.pageSql(count.priority(), page.offset(), page.size()).rows(em);
        return new Page<>(cases(rows), count.total(), count.exact(), next(query, rows, page.size()));
    }

    /**
     * The page after the cursor {@code after} (a {@code next} of an earlier page of the same filters and sort): a seek
     * page, as fast deep in the list as at its head; nothing is counted.
     */
    @Transactional
    public Page<ServiceCase> listAfter(CaseFilter filter, PageRequest page, String after) {
        caller.require(Permission.CASE_VIEW);
        CaseFilter f = filter == null ? CaseFilter.NONE : filter;
        if (f.projectId() != null) {
            projects.find(f.projectId());
        }
        CaseListQuery query = listQuery(f, page);
        List<Object[]> rows = query.pageAfterSql(CaseListQuery.Cursor.decode(after), page.size())
                .rows(em);
        return new Page<>(cases(rows), 0, false, next(query, rows, page.size()));
    }

    private CaseListQuery listQuery(CaseFilter filter, PageRequest page) {
        Long ownDepartment = null;
        if (caller.restrictedToOwnDepartment()) {
            Long department = caller.departmentId();
            ownDepartment = department == null ? Long.valueOf(-1L) : department;
        }
        return new CaseListQuery(filter, ownDepartment, clock.instant(), page.sortField(), page.ascending());
    }

    /**
     * The cases of {@code rows}, in their order, with their projects, equipment items, clocks and pauses: one statement
     * (a page that loaded each case's equipment item on its own cost 30 statements at 1 M cases).
     */
    private List<ServiceCase> cases(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, ServiceCase> byId = new HashMap<>();
        em.createQuery("select sc from ServiceCase sc where sc.id in :ids", ServiceCase.class)
                .setParameter("ids", ids)
                .setHint(QueryHints.FETCH, "sc.project")
                .setHint(QueryHints.LEFT_FETCH, "sc.equipmentItem")
                .setHint(QueryHints.LEFT_FETCH, "sc.clocks")
                .setHint(QueryHints.LEFT_FETCH, "sc.clocks.pauses")
                // The three parts (issue 16), one row each: joined, so that the page stays one statement.
                .setHint(QueryHints.LEFT_FETCH, "sc.intake")
                .setHint(QueryHints.LEFT_FETCH, "sc.onSite")
                .setHint(QueryHints.LEFT_FETCH, "sc.signOff")
                .getResultList()
                .forEach(sc -> byId.put(sc.getId(), sc));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String next(CaseListQuery query, List<Object[]> rows, int size) {
        return rows.size() < size ? null : query.cursorAfter(rows.get(rows.size() - 1));
    }

    // ---- the acts ----

    /** The owner received a reply (R-S3, R-S4). */
    @Transactional
    public ServiceCase recordReply(long id, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        serviceCase.enter(lateEntryRule(), at, lateReason, serviceCase::recordReply);
        return saved(serviceCase);
    }

    /** The facts were reported to the division leader (R-S4). */
    @Transactional
    public ServiceCase recordLeaderReport(long id, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        serviceCase.enter(lateEntryRule(), at, lateReason, serviceCase::recordLeaderReport);
        return saved(serviceCase);
    }

    /**
     * On-site work is confirmed as needed (R-S5): the arrival clock starts with the arrival hours of the contract in
     * force that day and covering the equipment — the shortest of several — else the policy's; the case becomes a
     * major matter if it was not (R-S4).
     */
    @Transactional
    public ServiceCase confirmOnSiteNeeded(long id, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        boolean wasMajorMatter = serviceCase.isMajorMatter();
        int majorMatterHours = policy.currentWhole(PolicyKey.MAJOR_MATTER_HOURS);
        serviceCase.enter(lateEntryRule(), at, lateReason, when -> {
            Project project = serviceCase.getProject();
            LocalDate day = LocalDate.ofInstant(when, zone());
            int arrivalHours = ArrivalLimit.hours(
                    project,
                    serviceCase.getEquipmentItem(),
                    day,
                    contractsInForce(project, day),
                    policy.currentWhole(PolicyKey.ARRIVAL_HOURS));
            serviceCase.confirmOnSiteNeeded(when, arrivalHours, majorMatterHours);
        });
        saved(serviceCase);
        if (!wasMajorMatter && serviceCase.isMajorMatter()) {
            // R-S2, R-S4: a case that becomes a major matter after registration is escalated then, as an urgent one
            // is at registration — "紧急事件应及时上报公司领导" (第四章第四条2), "上报分管领导" (第三章2(1)).
            notifications.notifyRoles(
                    NotificationService.LEADERSHIP,
                    NotificationKind.BECAME_MAJOR_MATTER,
                    serviceCase,
                    summary(serviceCase));
        }
        return serviceCase;
    }

    /** The engineer arrived on site (R-S5). */
    @Transactional
    public ServiceCase recordArrival(long id, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        serviceCase.enter(lateEntryRule(), at, lateReason, serviceCase::recordArrival);
        return saved(serviceCase);
    }

    /** The case waits on the owner: the arrival clock pauses, with the reason (R-S5). */
    @Transactional
    public ServiceCase pauseArrivalClock(long id, Instant at, String reason, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        serviceCase.enter(lateEntryRule(), at, lateReason, when -> serviceCase.pauseArrivalClock(when, reason));
        return saved(serviceCase);
    }

    @Transactional
    public ServiceCase resumeArrivalClock(long id, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        serviceCase.enter(lateEntryRule(), at, lateReason, serviceCase::resumeArrivalClock);
        return saved(serviceCase);
    }

    /**
     * Closes the case the way it was handled: a remote case with its answer (R-S3); an on-site case only with the
     * owner's sign-off (R-S8), refused with {@code case.error.signOffMissing} until then.
     */
    @Transactional
    public ServiceCase close(long id, String answer, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        serviceCase.enter(lateEntryRule(), at, lateReason, when -> serviceCase.close(answer, when));
        ServiceCase closed = saved(serviceCase);
        changeLog.record(ChangeKind.CASE_CLOSED, "cases/" + id, null);
        return closed;
    }

    @Transactional
    public ServiceCase cancel(long id, String reason, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        serviceCase.enter(lateEntryRule(), at, lateReason, when -> serviceCase.cancel(reason, when));
        return saved(serviceCase);
    }

    /**
     * Marks the case a priority special case (R-S11): it heads every list until it closes, and leadership — the
     * division leader and the general manager — is notified at once, in the portal and by e-mail. Flagging it again
     * changes nothing and notifies nobody.
     */
    @Transactional
    public ServiceCase flagCrisis(long id, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        boolean already = serviceCase.isCrisis();
        serviceCase.enter(lateEntryRule(), at, lateReason, serviceCase::flagCrisis);
        saved(serviceCase);
        if (!already) {
            notifications.notifyRoles(
                    NotificationService.LEADERSHIP, NotificationKind.CRISIS, serviceCase, summary(serviceCase));
        }
        return serviceCase;
    }

    // ---- routing to suppliers (R-S2) ----

    /** Forwards the case to an equipment supplier or subcontractor of the register (R-S2); tracked until answered. */
    @Transactional
    public SupplierForwarding forwardToSupplier(long id, Long subcontractorId, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        Subcontractor supplier = subcontractor(subcontractorId);
        SupplierForwarding forwarding = serviceCase.enterReturning(
                lateEntryRule(), at, lateReason, when -> serviceCase.forwardToSupplier(supplier, when));
        saved(serviceCase);
        return forwarding;
    }

    /** The supplier answered forwarding {@code forwardingId} (R-S2). */
    @Transactional
    public ServiceCase recordSupplierAnswer(long id, long forwardingId, String answer, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        serviceCase.enter(
                lateEntryRule(), at, lateReason, when -> serviceCase.recordSupplierAnswer(forwardingId, answer, when));
        return saved(serviceCase);
    }

    // ---- complaints (R-S10) ----

    /** Hands a complaint off to the Design Department or a subcontractor (R-S10). */
    @Transactional
    public ComplaintHandoff handOffComplaint(
            long id,
            HandoffTarget target,
            Long subcontractorId,
            ComplaintSubject subject,
            Instant at,
            String lateReason) {
        ServiceCase serviceCase = forWork(id);
        Subcontractor subcontractor = subcontractorId == null ? null : subcontractor(subcontractorId);
        ComplaintHandoff handoff = serviceCase.enterReturning(
                lateEntryRule(),
                at,
                lateReason,
                when -> serviceCase.handOffComplaint(target, subcontractor, subject, when));
        saved(serviceCase);
        return handoff;
    }

    /** The Design Department or the subcontractor answered hand-off {@code handoffId} (R-S10). */
    @Transactional
    public ServiceCase recordHandoffAnswer(long id, long handoffId, String answer, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        serviceCase.enter(
                lateEntryRule(), at, lateReason, when -> serviceCase.recordHandoffAnswer(handoffId, answer, when));
        return saved(serviceCase);
    }

    /** The owner was told how the matter stands (R-S10). */
    @Transactional
    public ServiceCase recordOwnerUpdate(long id, String text, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(id);
        serviceCase.enter(lateEntryRule(), at, lateReason, when -> serviceCase.recordOwnerUpdate(text, when));
        return saved(serviceCase);
    }

    private Subcontractor subcontractor(Long subcontractorId) {
        if (subcontractorId == null) {
            throw new BusinessException("subcontractorId", "forwarding.error.supplierRequired");
        }
        Subcontractor subcontractor = em.find(Subcontractor.class, subcontractorId);
        if (subcontractor == null) {
            throw new NotFoundException("subcontractor", subcontractorId);
        }
        return subcontractor;
    }

    /** Overrides the automatic class with a reason (R-L3), now; kept on the timeline and in the audit trail. */
    @Transactional
    public ServiceCase overrideClassification(long id, ServiceClass serviceClass, String reason) {
        caller.require(Permission.CASE_CLASSIFY_OVERRIDE);
        ServiceCase serviceCase = find(id);
        Responsibility before = serviceCase.getResponsibility();
        serviceCase.overrideClassification(serviceClass, reason, clock.instant());
        if (serviceCase.getResponsibility() != before) {
            route(serviceCase, reason.strip(), caller.username());
        }
        return saved(serviceCase);
    }

    // ---- routing by responsibility (R-S2, R-L5) ----

    /**
     * Where the case is routed now (R-S2): the parties that carry out its phase's work, with their departments, as
     * routed at registration or at the latest re-routing.
     */
    @Transactional
    public List<CaseRouting> routing(ServiceCase serviceCase) {
        if (serviceCase.getId() == null) {
            return List.of();
        }
        return em.createQuery(
                        "select r from CaseRouting r where r.serviceCase = :serviceCase and r.endedAt is null"
                                + " order by r.id",
                        CaseRouting.class)
                .setParameter("serviceCase", serviceCase)
                .setHint(QueryHints.LEFT_FETCH, "r.department")
                .getResultList();
    }

    /**
     * Routes the case by its responsibility (R-S2: "按规程和分工转送有关部门和人员处理", 第四章第四条2): ends the routing in
     * force, records the new one and notifies the people routed to ({@link CaseRouting#notifiedRole}), except the one
     * acting. {@code reason} is {@code null} at registration. A re-routing also puts a line on the timeline.
     */
    private void route(ServiceCase serviceCase, String reason, String actingUser) {
        Instant now = clock.instant();
        List<CaseRouting> before = routing(serviceCase);
        before.forEach(row -> row.end(now));
        Map<DepartmentKind, Department> departments = new EnumMap<>(DepartmentKind.class);
        em.createQuery("select d from Department d where d.kind in :kinds order by d.id desc", Department.class)
                .setParameter("kinds", List.of(DepartmentKind.ENGINEERING, DepartmentKind.DESIGN))
                .getResultList()
                .forEach(d -> departments.put(d.getKind(), d));
        List<CaseRouting> rows = CaseRouting.byResponsibility(serviceCase, departments, now, reason);
        rows.forEach(em::persist);
        if (!before.isEmpty()) {
            serviceCase.recordRouted(
                    String.join(
                            ", ",
                            rows.stream()
                                    .map(row -> row.getDepartment() == null
                                            ? row.getParty().name()
                                            : row.getDepartment().getName())
                                    .toList()),
                    now);
        }
        for (CaseRouting row : rows) {
            List<AppUser> recipients = recipients(row).stream()
                    .filter(user -> !user.getUsername().equals(actingUser))
                    .toList();
            if (!recipients.isEmpty()) {
                notifications.notifyUsers(
                        recipients, NotificationKind.CASE_ROUTED, serviceCase, row.getParty(), summary(serviceCase));
            }
        }
    }

    /**
     * Routes a case taken as history (the demo data, an import) as registration routes a call (R-S2), notifying the
     * people routed to.
     */
    @Transactional
    public void routeAsRegistered(ServiceCase serviceCase) {
        route(serviceCase, null, null);
    }

    /** The enabled users told of {@code row}: its role's people, of the row's department for a project department. */
    private List<AppUser> recipients(CaseRouting row) {
        Role role = CaseRouting.notifiedRole(row.getParty());
        if (role == null || (row.getParty() == CaseParty.PROJECT_DEPARTMENT && row.getDepartment() == null)) {
            return List.of();
        }
        boolean ofDepartment = row.getParty() == CaseParty.PROJECT_DEPARTMENT;
        var query = em.createQuery(
                        "select distinct u from AppUser u join u.roles r where r = :role and u.enabled = true"
                                + (ofDepartment ? " and u.department = :department" : "")
                                + " order by u.username",
                        AppUser.class)
                .setParameter("role", role);
        if (ofDepartment) {
            query.setParameter("department", row.getDepartment());
        }
        return query.getResultList();
    }

    /**
     * Whether the caller may act on {@code serviceCase} (R-L5, {@link CaseWork}): after-sales on every case, the
     * departments that carry out a phase's work on the cases of that phase. Pages show the acts' buttons by it.
     */
    public boolean mayWork(ServiceCase serviceCase) {
        if (caller.may(Permission.CASE_WORK)) {
            return true;
        }
        return caller.may(Permission.CASE_WORK_BY_PHASE)
                && CaseWork.mayWork(caller.roles(), caller.departmentId(), serviceCase);
    }

    // ---- helpers ----

    /**
     * The case, for an act on it: "not found" for a case the caller may not see (another project department's), 403
     * for one they see but whose work is not theirs (R-L5, {@link #mayWork}).
     */
    ServiceCase forWork(long id) {
        if (!caller.may(Permission.CASE_WORK) && !caller.may(Permission.CASE_WORK_BY_PHASE)) {
            throw new AccessDeniedException();
        }
        ServiceCase serviceCase = find(id);
        if (!mayWork(serviceCase)) {
            throw new AccessDeniedException();
        }
        return serviceCase;
    }

    /** The policy's late-entry bound in hours, as it stands now (R-O2): what the forms' late-reason hints name. */
    public int lateEntryHours() {
        return policy.currentWhole(PolicyKey.LATE_ENTRY_HOURS);
    }

    /**
     * The late-entry rule as it stands now (Robustness issue): the policy's bound (R-O2), judged at the injected clock's
     * instant. Every act entered on a case goes through it ({@link ServiceCase#enter}).
     */
    LateEntryRule lateEntryRule() {
        return LateEntryRule.hours(lateEntryHours(), clock.instant());
    }

    private ServiceCase saved(ServiceCase serviceCase) {
        return CaseActs.saved(em, serviceCase);
    }

    private EquipmentItem item(Project project, Long itemId) {
        if (itemId == null) {
            return null;
        }
        EquipmentItem item = em.find(EquipmentItem.class, itemId);
        if (item == null || !project.equals(item.getProject())) {
            throw new BusinessException(
                    "equipmentItemId",
                    "case.error.itemNotInProject",
                    item == null ? "#" + itemId : item.getTag(),
                    project.getCode());
        }
        return item;
    }

    /** The project's contracts in force on {@code day}; whether one covers the item is the contract's to say. */
    private List<ServiceContract> contractsInForce(Project project, LocalDate day) {
        return em.createQuery(
                        "select c from ServiceContract c where c.project = :project"
                                + " and c.validFrom <= :day and c.validTo >= :day",
                        ServiceContract.class)
                .setParameter("project", project)
                .setParameter("day", day)
                .getResultList();
    }

    private ZoneId zone() {
        return config.zone();
    }

    /**
     * The next number of {@code year}, without gaps or duplicates under concurrency: the UPDATE locks the year's
     * counter row until the registration commits (or rolls back, returning the number). The first case of a year
     * finds no row; it takes the lock of row 0 — which only serialises the opening of years — and looks again before
     * inserting, so two first cases of one year cannot both insert.
     */
    private String nextNumber(int year) {
        int next = increment(year);
        if (next == 0) {
            em.createNativeQuery("UPDATE case_number_counter SET last_value = last_value + 1 WHERE counter_year = 0")
                    .executeUpdate();
            next = increment(year);
            if (next == 0) {
                em.createNativeQuery("INSERT INTO case_number_counter (counter_year, last_value) VALUES (?1, 1)")
                        .setParameter(1, year)
                        .executeUpdate();
                next = 1;
            }
        }
        return ServiceCase.number(year, next);
    }

    /** Counts one up in the year's row and returns the new last value; 0 when the year has no row yet. */
    private int increment(int year) {
        int rows = em.createNativeQuery(
                        "UPDATE case_number_counter SET last_value = last_value + 1 WHERE counter_year = ?1")
                .setParameter(1, year)
                .executeUpdate();
        if (rows == 0) {
            return 0;
        }
        Object value = em.createNativeQuery("SELECT last_value FROM case_number_counter WHERE counter_year = ?1")
                .setParameter(1, year)
                .getSingleResult();
        return ((Number) value).intValue();
    }
}
