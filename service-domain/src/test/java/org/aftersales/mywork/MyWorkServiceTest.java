package org.aftersales.mywork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.cost.CostCategory;
import org.aftersales.costplan.CostPlanFixtures;
import org.aftersales.costplan.CostPlanLineInput;
import org.aftersales.costplan.CostPlanService;
import org.aftersales.followup.FollowUpFixtures;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.retention.ProjectRetention;
import org.aftersales.retention.RetentionFixtures;
import org.aftersales.retention.RetentionService;
import org.aftersales.retention.ReturnChannel;
import org.aftersales.servicecase.CaseFilter;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.Money;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "My work" per role and the work calendar against the migrated schema (H2), outside a container. "Now" is 2026-03-10
 * 10:00 Shanghai. P-EAST (项目一部) was handed over provisionally on 2024-12-01 and formally on 2025-03-01: its warranty
 * covers up to 2026-03-01, a maintenance contract covers 2026 (so its cases are free and may be dispatched).
 */
class MyWorkServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    private final Clock clock = Clock.fixed(NOW, SHANGHAI);
    private TestDatabase database;
    private Department east;
    private Department west;
    private Project eastPlant;
    private AppUser li;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("mywork");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        eastPlant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        CaseFixtures.coveredByContract(database, eastPlant);
        li = database.saved(new AppUser("engineer", "李工", "hash", Set.of(Role.AFTER_SALES_ENGINEER)));
        database.saved(new AppUser("engineer2", "赵工", "hash", Set.of(Role.AFTER_SALES_ENGINEER)));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static Caller as(Role role) {
        return new TestCaller(null, role);
    }

    private static Caller engineer(String username) {
        return new TestCaller(null, Role.AFTER_SALES_ENGINEER) {
            @Override
            public String username() {
                return username;
            }
        };
    }

    private MyWorkService myWork(Caller caller) {
        MyWorkService service = new MyWorkService();
        service.em = database.em();
        service.caller = caller;
        service.clock = clock;
        service.config = CaseFixtures.config(SHANGHAI);
        service.followUps = FollowUpFixtures.followUpService(database.em(), caller, clock);
        service.returnVisits = FollowUpFixtures.returnVisitService(database.em(), caller, clock);
        service.costPlans = CostPlanFixtures.costPlanService(database.em(), caller, clock);
        service.retention = RetentionFixtures.retentionService(database.em(), caller, clock);
        return service;
    }

    private MyWork workOf(Caller caller, Instant at) {
        // Projects made by ProjectFixtures bypass ProjectService, which plans follow-ups: plan them as the start-up
        // backfill does, since "my work" reads the stored due dates (scale issue).
        database.inTransaction(
                () -> FollowUpFixtures.followUpPlan(database.em()).replanAll(true));
        database.em().clear();
        return database.inTransaction(() -> myWork(caller).at(at));
    }

    private WorkCalendarService calendar(Caller caller) {
        WorkCalendarService service = new WorkCalendarService();
        service.em = database.em();
        service.caller = caller;
        service.clock = clock;
        service.config = CaseFixtures.config(SHANGHAI);
        service.followUps = FollowUpFixtures.followUpService(database.em(), caller, clock);
        return service;
    }

    /** A call registered at the hotline as it came in (entered when received, so no late entry). */
    private ServiceCase call(Project project, Instant receivedAt, String description) {
        ServiceCaseService cases = CaseFixtures.caseService(
                database.em(), as(Role.AFTER_SALES_SPECIALIST), Clock.fixed(receivedAt, SHANGHAI));
        return database.inTransaction(() -> cases.register(new CaseIntake(
                project.getId(),
                null,
                Channel.PHONE,
                CaseType.SERVICE_REQUEST,
                "王工",
                receivedAt,
                description,
                false,
                false)));
    }

    /** A case confirmed on site, proposed for {@code engineer} on 2026-03-11 08:00–16:00 Shanghai. */
    private ServiceCase proposed(AppUser engineer) {
        ServiceCase registered = call(eastPlant, NOW.minus(Duration.ofHours(1)), "2号泵振动大");
        ServiceCaseService cases = CaseFixtures.caseService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
        database.inTransaction(() -> cases.confirmOnSiteNeeded(registered.getId(), NOW, null));
        return database.inTransaction(
                () -> CaseFixtures.dispatchService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock)
                        .propose(
                                registered.getId(),
                                List.of(engineer.getId()),
                                Instant.parse("2026-03-11T00:00:00Z"),
                                Instant.parse("2026-03-11T08:00:00Z"),
                                null,
                                null));
    }

    private ServiceCase dispatched(AppUser engineer) {
        ServiceCase serviceCase = proposed(engineer);
        return database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.DIVISION_LEADER), clock)
                .approve(serviceCase.getId(), null, null, null));
    }

    private static List<String> references(MyWork work, WorkBlockKind kind) {
        return work.block(kind).orElseThrow().items().stream()
                .map(WorkItem::reference)
                .toList();
    }

    private static List<WorkBlockKind> kinds(MyWork work) {
        return work.blocks().stream().map(WorkBlock::kind).toList();
    }

    @Test
    @DisplayName(
            "R-S3 R-S5 near breach: a 24-h reply clock with exactly 6 h left is near breach, with 6 h 1 s left it is not; a clock past its due time is breached")
    void nearBreachBoundary() {
        ServiceCase exactlySix = call(eastPlant, NOW.minus(Duration.ofHours(18)), "出水浊度超标");
        ServiceCase sixAndASecond =
                call(eastPlant, NOW.minus(Duration.ofHours(18)).plusSeconds(1), "鼓风机异响");
        ServiceCase breached = call(eastPlant, NOW.minus(Duration.ofHours(25)), "加药泵不出药");

        MyWork work = workOf(as(Role.AFTER_SALES_SPECIALIST), NOW);

        assertThat(references(work, WorkBlockKind.NEAR_BREACH)).containsExactly(exactlySix.getNumber());
        assertThat(references(work, WorkBlockKind.BREACHED_CLOCKS)).containsExactly(breached.getNumber());
        WorkItem near =
                work.block(WorkBlockKind.NEAR_BREACH).orElseThrow().items().get(0);
        assertThat(near.labelKey()).isEqualTo("ClockKind.REPLY");
        assertThat(near.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(6)));
        assertThat(near.target()).isEqualTo(WorkTarget.CASE);
        assertThat(near.targetId()).isEqualTo(exactlySix.getId());
        // One second later the second case is near too; the first is still running, not breached.
        assertThat(references(workOf(as(Role.AFTER_SALES_SPECIALIST), NOW.plusSeconds(1)), WorkBlockKind.NEAR_BREACH))
                .containsExactly(exactlySix.getNumber(), sixAndASecond.getNumber());
        // Exactly at its due time a clock is not yet breached; one second after, it is.
        Instant due = NOW.plus(Duration.ofHours(6));
        assertThat(references(workOf(as(Role.AFTER_SALES_SPECIALIST), due), WorkBlockKind.BREACHED_CLOCKS))
                .containsExactly(breached.getNumber());
        assertThat(references(
                        workOf(as(Role.AFTER_SALES_SPECIALIST), due.plusSeconds(1)), WorkBlockKind.BREACHED_CLOCKS))
                .containsExactly(breached.getNumber(), exactlySix.getNumber());
        // A closed case is nobody's work any more.
        ServiceCaseService cases = CaseFixtures.caseService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
        database.inTransaction(() -> cases.close(breached.getId(), "已远程指导", NOW, null));
        assertThat(workOf(as(Role.AFTER_SALES_SPECIALIST), NOW)
                        .block(WorkBlockKind.BREACHED_CLOCKS)
                        .orElseThrow()
                        .count())
                .isZero();
    }

    @Test
    @DisplayName(
            "R-S11 R-O1 crises come first for every role; Finance sees no clocks, a project department only its own projects' cases")
    void crisesFirstAndRoles() {
        ServiceCase late = call(eastPlant, NOW.minus(Duration.ofHours(30)), "出水超标，业主威胁起诉");
        ServiceCaseService cases = CaseFixtures.caseService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
        database.inTransaction(() -> cases.flagCrisis(late.getId(), NOW, null));

        for (Role role : List.of(
                Role.AFTER_SALES_SPECIALIST,
                Role.DIVISION_LEADER,
                Role.GENERAL_MANAGER,
                Role.FINANCE,
                Role.ENGINEERING)) {
            MyWork work = workOf(as(role), NOW);
            assertThat(kinds(work).get(0)).as(role.name()).isEqualTo(WorkBlockKind.CRISES);
            assertThat(references(work, WorkBlockKind.CRISES)).as(role.name()).containsExactly(late.getNumber());
        }
        assertThat(kinds(workOf(as(Role.FINANCE), NOW)))
                .containsExactly(
                        WorkBlockKind.CRISES,
                        WorkBlockKind.RETENTION_RETURNS,
                        WorkBlockKind.SUBCONTRACTOR_APPLICATIONS);
        assertThat(references(workOf(as(Role.DIVISION_LEADER), NOW), WorkBlockKind.BREACHED_CLOCKS))
                .containsExactly(late.getNumber());
        assertThat(references(
                        workOf(new TestCaller(east.getId(), Role.PROJECT_DEPT), NOW), WorkBlockKind.BREACHED_CLOCKS))
                .containsExactly(late.getNumber());
        MyWork westWork = workOf(new TestCaller(west.getId(), Role.PROJECT_DEPT), NOW);
        assertThat(westWork.block(WorkBlockKind.CRISES).orElseThrow().count()).isZero();
        assertThat(westWork.block(WorkBlockKind.BREACHED_CLOCKS).orElseThrow().count())
                .isZero();
    }

    @Test
    @DisplayName(
            "R-S6 the leader and the GM see the dispatch proposal to decide; after approval the engineer sent sees the visit and the case's clocks, the other engineer neither")
    void dispatchApprovalsAndEngineersOwnVisits() {
        ServiceCase serviceCase = proposed(li);
        for (Role role : List.of(Role.DIVISION_LEADER, Role.GENERAL_MANAGER)) {
            WorkBlock block = workOf(as(role), NOW)
                    .block(WorkBlockKind.DISPATCH_APPROVALS)
                    .orElseThrow();
            assertThat(block.items())
                    .extracting(WorkItem::reference)
                    .as(role.name())
                    .containsExactly(serviceCase.getNumber());
            assertThat(block.items().get(0).dueAt()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
        }
        assertThat(kinds(workOf(as(Role.AFTER_SALES_SPECIALIST), NOW)))
                .doesNotContain(WorkBlockKind.DISPATCH_APPROVALS);

        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.DIVISION_LEADER), clock)
                .approve(serviceCase.getId(), null, null, null));

        assertThat(workOf(as(Role.DIVISION_LEADER), NOW)
                        .block(WorkBlockKind.DISPATCH_APPROVALS)
                        .orElseThrow()
                        .count())
                .isZero();
        // The case was received 1 h ago: its 24-h clocks are due in 23 h, not near. 22 h on, with 1 h left, they are
        // near breach — for the engineer sent, not for the other one.
        Instant nearReply = NOW.plus(Duration.ofHours(22));
        MyWork mine = workOf(engineer("engineer"), nearReply);
        assertThat(references(mine, WorkBlockKind.MY_DISPATCHES)).containsExactly(serviceCase.getNumber());
        assertThat(mine.block(WorkBlockKind.MY_DISPATCHES)
                        .orElseThrow()
                        .items()
                        .get(0)
                        .dueAt())
                .isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
        assertThat(references(mine, WorkBlockKind.NEAR_BREACH)).containsExactly(serviceCase.getNumber());
        MyWork other = workOf(engineer("engineer2"), nearReply);
        assertThat(other.block(WorkBlockKind.MY_DISPATCHES).orElseThrow().count())
                .isZero();
        assertThat(other.block(WorkBlockKind.NEAR_BREACH).orElseThrow().count()).isZero();
        assertThat(kinds(other)).doesNotContain(WorkBlockKind.DISPATCH_APPROVALS, WorkBlockKind.FOLLOW_UPS);
        // After the window has ended the dispatch is no longer upcoming.
        assertThat(workOf(engineer("engineer"), Instant.parse("2026-03-11T08:00:00Z"))
                        .block(WorkBlockKind.MY_DISPATCHES)
                        .orElseThrow()
                        .count())
                .isZero();
    }

    @Test
    @DisplayName("issue 3 the case list filters the cases dispatched to an engineer (approved dispatches only)")
    void caseListEngineerFilter() {
        ServiceCase sent = dispatched(li);
        call(eastPlant, NOW.minus(Duration.ofHours(2)), "无派遣的来电");
        ServiceCaseService cases = CaseFixtures.caseService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
        List<String> forLi = database
                .inTransaction(() -> cases.list(
                        new CaseFilter(null, null, null, null, null, null, "engineer"), PageRequest.first(20)))
                .items()
                .stream()
                .map(ServiceCase::getNumber)
                .toList();
        List<String> forZhao = database
                .inTransaction(() -> cases.list(
                        new CaseFilter(null, null, null, null, null, null, "engineer2"), PageRequest.first(20)))
                .items()
                .stream()
                .map(ServiceCase::getNumber)
                .toList();
        long all = database.inTransaction(() -> cases.list(CaseFilter.NONE, PageRequest.first(20)))
                .total();

        assertThat(forLi).containsExactly(sent.getNumber());
        assertThat(forZhao).isEmpty();
        assertThat(all).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "R-F2 the specialist's follow-ups: overdue from the day after the due day, due this week listed, later ones not")
    void followUpsDue() {
        // Due = provisional handover + 14 days (no contact yet).
        FollowUpFixtures.project(database, "F-LATE", east, LocalDate.of(2026, 2, 23), null); // due 03-09: overdue
        FollowUpFixtures.project(database, "F-TODAY", east, LocalDate.of(2026, 2, 24), null); // due 03-10: due today
        FollowUpFixtures.project(database, "F-WEEK", east, LocalDate.of(2026, 3, 3), null); // due 03-17: within 7 days
        FollowUpFixtures.project(database, "F-LATER", east, LocalDate.of(2026, 3, 4), null); // due 03-18: not yet

        WorkBlock block = workOf(as(Role.AFTER_SALES_SPECIALIST), NOW)
                .block(WorkBlockKind.FOLLOW_UPS)
                .orElseThrow();

        assertThat(block.items())
                .extracting(WorkItem::reference)
                .containsExactly("P-EAST", "F-LATE", "F-TODAY", "F-WEEK");
        assertThat(block.items()).extracting(WorkItem::overdue).containsExactly(true, true, false, false);
        assertThat(block.items().get(1).dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(block.items().get(1).labelKey()).isEqualTo("FollowUpState.OVERDUE");
        assertThat(block.items().get(2).labelKey()).isEqualTo("FollowUpState.DUE_SOON");
        assertThat(kinds(workOf(as(Role.DIVISION_LEADER), NOW))).doesNotContain(WorkBlockKind.FOLLOW_UPS);
    }

    @Test
    @DisplayName(
            "R-C8 R-C5 the specialist and Finance see the retention's return procedure with its verification deadline (received 03-04 + 14 days = 03-18); the leader does not")
    void retentionReturnDeadlines() {
        RetentionService finance = RetentionFixtures.retentionService(database.em(), as(Role.FINANCE), clock);
        ProjectRetention retention = database.inTransaction(
                () -> finance.recordProjectRetention(eastPlant.getId(), Money.of("300000.00"), null));
        database.inTransaction(() -> finance.applyForReturn(
                retention.getId(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), ReturnChannel.LETTER));

        for (Role role : List.of(Role.FINANCE, Role.AFTER_SALES_SPECIALIST)) {
            WorkBlock block =
                    workOf(as(role), NOW).block(WorkBlockKind.RETENTION_RETURNS).orElseThrow();
            assertThat(block.count()).as(role.name()).isEqualTo(1);
            WorkItem item = block.items().get(0);
            assertThat(item.labelKey()).isEqualTo("ReturnState.AWAITING_VERIFICATION");
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 3, 18));
            assertThat(item.overdue()).isFalse();
            assertThat(item.target()).isEqualTo(WorkTarget.PROJECT_RETENTION);
        }
        // On 03-19 the verification period has passed unanswered: a reminder is due, the deadline overdue.
        WorkItem late = workOf(as(Role.FINANCE), Instant.parse("2026-03-19T02:00:00Z"))
                .block(WorkBlockKind.RETENTION_RETURNS)
                .orElseThrow()
                .items()
                .get(0);
        assertThat(late.labelKey()).isEqualTo("ReturnState.REMINDER_DUE");
        assertThat(late.overdue()).isTrue();
        assertThat(kinds(workOf(as(Role.DIVISION_LEADER), NOW))).doesNotContain(WorkBlockKind.RETENTION_RETURNS);
    }

    @Test
    @DisplayName(
            "R-C1 a submitted cost plan waits for the leader and the GM; a plan not submitted within a month of provisional handover is the specialist's")
    void costPlans() {
        Project fresh = FollowUpFixtures.project(database, "C-PLAN", east, LocalDate.of(2026, 1, 5), null);
        CostPlanService specialist =
                CostPlanFixtures.costPlanService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
        long version =
                database.inTransaction(() -> specialist.create(fresh.getId())).getVersion();
        database.inTransaction(() -> specialist.planLines(
                fresh.getId(),
                version,
                List.of(new CostPlanLineInput(CostCategory.LABOUR, Money.of("20000.00"), "2 人 × 10 天"))));
        assertThat(references(workOf(as(Role.AFTER_SALES_SPECIALIST), NOW), WorkBlockKind.COST_PLANS_OVERDUE))
                .contains("C-PLAN");

        database.inTransaction(() -> specialist.submit(fresh.getId()));

        assertThat(references(workOf(as(Role.AFTER_SALES_SPECIALIST), NOW), WorkBlockKind.COST_PLANS_OVERDUE))
                .doesNotContain("C-PLAN");
        for (Role role : List.of(Role.DIVISION_LEADER, Role.GENERAL_MANAGER)) {
            assertThat(workOf(as(role), NOW)
                            .block(WorkBlockKind.COST_PLAN_APPROVALS)
                            .orElseThrow()
                            .items())
                    .extracting(WorkItem::reference, WorkItem::targetId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("C-PLAN", fresh.getId()));
        }
    }

    @Test
    @DisplayName(
            "R-F2 R-F3 R-S7 R-L1 the calendar lists follow-ups due, return visits, on-site visits and warranty ends of the days [from, to), for everyone or one engineer")
    void calendarEvents() {
        Project soon = FollowUpFixtures.project(database, "F-SOON", east, LocalDate.of(2026, 2, 25), null); // due 03-11
        // Formal handover 2025-04-01 + 12 months: warranty ends 2026-04-01, the first day after the range.
        FollowUpFixtures.project(database, "W-APR", east, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
        database.inTransaction(
                () -> FollowUpFixtures.returnVisitService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock)
                        .plan(soon.getId(), LocalDate.of(2026, 3, 20), "回访"));
        ServiceCase visit = dispatched(li);
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 4, 1);

        List<CalendarEvent> everyone =
                database.inTransaction(() -> calendar(as(Role.DIVISION_LEADER)).events(from, to, null));

        assertThat(everyone)
                .extracting(CalendarEvent::kind, CalendarEvent::title)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(CalendarEventKind.WARRANTY_END, "P-EAST 污水处理厂 P-EAST"),
                        org.assertj.core.groups.Tuple.tuple(CalendarEventKind.FOLLOW_UP_DUE, "F-SOON 污水处理厂 F-SOON"),
                        org.assertj.core.groups.Tuple.tuple(
                                CalendarEventKind.RETURN_VISIT_PLANNED, "F-SOON 污水处理厂 F-SOON"));
        assertThat(everyone)
                .filteredOn(e -> e.kind() == CalendarEventKind.WARRANTY_END)
                .extracting(CalendarEvent::day)
                .containsExactly(LocalDate.of(2026, 3, 1));
        assertThat(everyone)
                .filteredOn(e ->
                        e.kind() == CalendarEventKind.FOLLOW_UP_DUE && e.title().startsWith("F-SOON"))
                .extracting(CalendarEvent::day)
                .containsExactly(LocalDate.of(2026, 3, 11));
        CalendarEvent onSite = everyone.stream()
                .filter(e -> e.kind() == CalendarEventKind.ON_SITE_VISIT)
                .findFirst()
                .orElseThrow();
        assertThat(onSite.at()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
        assertThat(onSite.title()).contains(visit.getNumber(), "李工");
        assertThat(onSite.targetId()).isEqualTo(visit.getId());
        assertThat(everyone).extracting(CalendarEvent::title).noneMatch(t -> t.startsWith("W-APR"));

        List<CalendarEvent> forLi =
                database.inTransaction(() -> calendar(as(Role.DIVISION_LEADER)).events(from, to, "engineer"));
        assertThat(forLi).extracting(CalendarEvent::kind).containsOnly(CalendarEventKind.ON_SITE_VISIT);
        List<CalendarEvent> forZhao =
                database.inTransaction(() -> calendar(as(Role.DIVISION_LEADER)).events(from, to, "engineer2"));
        assertThat(forZhao).isEmpty();
        // The next month starts where this one ended: the warranty end of 2026-04-01 is there.
        assertThat(database.inTransaction(
                        () -> calendar(as(Role.DIVISION_LEADER)).events(to, to.plusMonths(1), null)))
                .extracting(CalendarEvent::title)
                .anyMatch(t -> t.startsWith("W-APR"));
    }
}
