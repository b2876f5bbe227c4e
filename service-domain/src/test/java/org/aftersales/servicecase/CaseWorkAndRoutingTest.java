package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.notification.Notification;
import org.aftersales.notification.NotificationKind;
import org.aftersales.policy.PolicyFixtures;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.RecordingEvent;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 items 8 and 9: the departments that carry out a phase's work act on its cases (R-L5), and every case is
 * routed — recorded and notified — to them at registration and on re-routing, with escalation when a case becomes a
 * major matter later (R-S2). The east plant (项目一部) was handed over provisionally on 2024-12-01 and formally on
 * 2025-03-01 with 12 months of warranty; "now" is 2026-03-10 10:00 Shanghai, after the warranty.
 */
class CaseWorkAndRoutingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final String IN_CONSTRUCTION = "2024-11-20T02:00:00Z";
    private static final String BETWEEN_HANDOVERS = "2025-01-10T02:00:00Z";
    private static final String IN_WARRANTY = "2025-06-10T02:00:00Z";

    private static final AftersalesConfig CONFIG = new AftersalesConfig() {
        @Override
        public ZoneId zone() {
            return SHANGHAI;
        }
    };

    private TestDatabase database;
    private final Clock clock = Clock.fixed(NOW, SHANGHAI);
    private Department east;
    private Department west;
    private Department engineering;
    private Department design;
    private Project eastPlant;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("caserouting");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        engineering = database.saved(new Department("工程部", DepartmentKind.ENGINEERING));
        design = database.saved(new Department("设计部", DepartmentKind.DESIGN));
        eastPlant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        user("specialist", engineering, Role.AFTER_SALES_SPECIALIST);
        user("engineer", engineering, Role.AFTER_SALES_ENGINEER);
        user("engineering", engineering, Role.ENGINEERING);
        user("design", design, Role.DESIGN);
        user("project", east, Role.PROJECT_DEPT);
        user("project2", west, Role.PROJECT_DEPT);
        user("leader", null, Role.DIVISION_LEADER);
        user("gm", null, Role.GENERAL_MANAGER);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private void user(String name, Department department, Role role) {
        AppUser user = new AppUser(name, name, "hash", Set.of(role));
        user.assignDepartment(department);
        database.saved(user);
    }

    private ServiceCaseService service(Caller caller) {
        ServiceCaseService service = new ServiceCaseService();
        service.em = database.em();
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(database.em(), caller);
        service.policy = PolicyFixtures.policyService(database.em(), caller);
        service.config = CONFIG;
        service.clock = clock;
        service.changeLog = new ChangeLog(service.em, clock);
        service.notifications = CaseFixtures.notificationService(database.em(), caller, clock, new RecordingEvent<>());
        return service;
    }

    private static TestCaller specialist() {
        return new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
    }

    private TestCaller projectDepartment(Department department) {
        return new TestCaller(department.getId(), Role.PROJECT_DEPT);
    }

    /** A call registered by the after-sales engineer on duty, entered now (a late entry for an old call). */
    private ServiceCase register(String receivedAt, boolean majorMatter) {
        CaseIntake intake = new CaseIntake(
                eastPlant.getId(),
                null,
                Channel.PHONE,
                CaseType.SERVICE_REQUEST,
                "王工",
                Instant.parse(receivedAt),
                "二沉池刮泥机异响",
                majorMatter,
                false,
                "补录旧来电");
        ServiceCaseService service = service(new TestCaller(engineering.getId(), Role.AFTER_SALES_ENGINEER));
        return database.inTransaction(() -> service.register(intake));
    }

    private List<Notification> notificationsOf(String username, NotificationKind kind) {
        return database.em()
                .createQuery(
                        "select n from Notification n where n.recipient.username = :name and n.kind = :kind",
                        Notification.class)
                .setParameter("name", username)
                .setParameter("kind", kind)
                .getResultList();
    }

    private List<CaseRouting> routing(ServiceCase serviceCase) {
        database.em().clear();
        ServiceCaseService service = service(specialist());
        return database.inTransaction(() -> service.routing(service.find(serviceCase.getId())));
    }

    // ---- R-L5 ----

    @Test
    @DisplayName("R-L5: the project department answers and closes its own project's construction-phase call")
    void projectDepartmentClosesItsConstructionCall() {
        ServiceCase call = register(IN_CONSTRUCTION, false);
        assertThat(call.getResponsibility()).isEqualTo(Responsibility.IN_CONSTRUCTION);

        ServiceCaseService asProject = service(projectDepartment(east));
        ServiceCase closed = database.inTransaction(() -> asProject.close(call.getId(), "已安排施工班组更换刮泥机链条", null, null));

        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getAnswer()).isEqualTo("已安排施工班组更换刮泥机链条");
        assertThat(asProject.mayWork(closed)).isTrue();
    }

    @Test
    @DisplayName(
            "R-L5: another project department's construction-phase call stays not found for it (404), to read or act")
    void otherProjectDepartmentDoesNotFindIt() {
        ServiceCase call = register(IN_CONSTRUCTION, false);

        ServiceCaseService asWest = service(projectDepartment(west));
        assertThatThrownBy(() -> database.inTransaction(() -> asWest.find(call.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> asWest.recordReply(call.getId(), null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName(
            "R-L5: between the handovers the project department carries out the work; in the warranty Design and Engineering do, not the project department")
    void workFollowsThePhase() {
        ServiceCase handover = register(BETWEEN_HANDOVERS, false);
        ServiceCase warranty = register(IN_WARRANTY, false);
        assertThat(handover.getResponsibility()).isEqualTo(Responsibility.PROVISIONAL_HANDOVER);
        assertThat(warranty.getResponsibility()).isEqualTo(Responsibility.WARRANTY);

        ServiceCaseService asProject = service(projectDepartment(east));
        ServiceCaseService asDesign = service(new TestCaller(design.getId(), Role.DESIGN));
        ServiceCaseService asEngineering = service(new TestCaller(engineering.getId(), Role.ENGINEERING));

        assertThat(database.inTransaction(() -> asProject.recordReply(handover.getId(), null, null))
                        .getRepliedAt())
                .isEqualTo(NOW);
        assertThatThrownBy(() -> database.inTransaction(() -> asDesign.recordReply(handover.getId(), null, null)))
                .as("Design has no part in the handover phase")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> asProject.recordReply(warranty.getId(), null, null)))
                .as("the warranty is Design's and Engineering's")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(database.inTransaction(() -> asDesign.recordReply(warranty.getId(), null, null))
                        .getRepliedAt())
                .isEqualTo(NOW);
        assertThat(database.inTransaction(() -> asEngineering.recordLeaderReport(warranty.getId(), null, null))
                        .getStatus()
                        .isOpen())
                .isTrue();
    }

    @Test
    @DisplayName(
            "R-L5: after the warranty after-sales staff work alone: Design, Engineering and the project department may not act")
    void postWarrantyIsAfterSalesAlone() {
        ServiceCase paid = register("2026-03-05T02:00:00Z", false);
        assertThat(paid.getResponsibility()).isEqualTo(Responsibility.POST_WARRANTY);

        for (TestCaller department : List.of(
                projectDepartment(east),
                new TestCaller(design.getId(), Role.DESIGN),
                new TestCaller(engineering.getId(), Role.ENGINEERING))) {
            ServiceCaseService service = service(department);
            assertThatThrownBy(() -> database.inTransaction(() -> service.recordReply(paid.getId(), null, null)))
                    .as(department.roles().toString())
                    .isInstanceOf(AccessDeniedException.class);
        }
        ServiceCaseService asSpecialist = service(specialist());
        assertThat(database.inTransaction(() -> asSpecialist.recordReply(paid.getId(), null, null))
                        .getRepliedAt())
                .isEqualTo(NOW);
    }

    // ---- R-S2 ----

    @Test
    @DisplayName(
            "R-S2: a construction-phase call is routed to its project's department and that department's people are notified, no other")
    void constructionCallRoutedAndNotified() {
        ServiceCase call = register(IN_CONSTRUCTION, false);

        assertThat(routing(call)).singleElement().satisfies(row -> {
            assertThat(row.getParty()).isEqualTo(CaseParty.PROJECT_DEPARTMENT);
            assertThat(row.getDepartment().getName()).isEqualTo("项目一部");
            assertThat(row.getRoutedAt()).isEqualTo(NOW);
        });
        assertThat(notificationsOf("project", NotificationKind.CASE_ROUTED))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.getCaseNumber()).isEqualTo(call.getNumber());
                    assertThat(n.getTextZh()).contains("转送项目部处理");
                });
        assertThat(notificationsOf("project2", NotificationKind.CASE_ROUTED)).isEmpty();
        assertThat(notificationsOf("design", NotificationKind.CASE_ROUTED)).isEmpty();
    }

    @Test
    @DisplayName(
            "R-S2: a warranty case is routed to the Design and the Engineering Department, a post-warranty one to after-sales staff (the specialist told)")
    void warrantyAndPostWarrantyRouting() {
        ServiceCase warranty = register(IN_WARRANTY, false);
        ServiceCase paid = register("2026-03-05T02:00:00Z", false);

        assertThat(routing(warranty))
                .extracting(CaseRouting::getParty, row -> row.getDepartment().getName())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(CaseParty.ENGINEERING_DEPARTMENT, "工程部"),
                        org.assertj.core.groups.Tuple.tuple(CaseParty.DESIGN_DEPARTMENT, "设计部"));
        assertThat(notificationsOf("design", NotificationKind.CASE_ROUTED)).hasSize(1);
        assertThat(notificationsOf("engineering", NotificationKind.CASE_ROUTED)).hasSize(1);
        assertThat(notificationsOf("project", NotificationKind.CASE_ROUTED)).isEmpty();

        assertThat(routing(paid)).singleElement().satisfies(row -> {
            assertThat(row.getParty()).isEqualTo(CaseParty.AFTER_SALES_STAFF);
            assertThat(row.getDepartment()).isNull();
        });
        assertThat(notificationsOf("specialist", NotificationKind.CASE_ROUTED))
                .singleElement()
                .satisfies(n -> assertThat(n.getCaseNumber()).isEqualTo(paid.getNumber()));
    }

    @Test
    @DisplayName(
            "R-S2: a class override that changes the responsibility re-routes the case: the old routing ends, the new department is notified, the timeline says so")
    void reRoutedOnOverride() {
        ServiceCase warranty = register(IN_WARRANTY, false);

        ServiceCaseService asSpecialist = service(specialist());
        database.inTransaction(() -> asSpecialist.overrideClassification(
                warranty.getId(), ServiceClass.HANDOVER_DEFECT, "缺陷在临时移交期间已登记，属移交缺陷"));

        assertThat(routing(warranty)).singleElement().satisfies(row -> {
            assertThat(row.getParty()).isEqualTo(CaseParty.PROJECT_DEPARTMENT);
            assertThat(row.getDepartment().getName()).isEqualTo("项目一部");
            assertThat(row.getReason()).isEqualTo("缺陷在临时移交期间已登记，属移交缺陷");
        });
        assertThat(database.count("service_case_routing WHERE ended_at IS NOT NULL"))
                .isEqualTo(2);
        assertThat(notificationsOf("project", NotificationKind.CASE_ROUTED)).hasSize(1);
        ServiceCase read = database.inTransaction(() -> asSpecialist.find(warranty.getId()));
        assertThat(read.getTimeline())
                .filteredOn(e -> e.getKind() == CaseEventKind.ROUTED)
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("项目一部"));
        assertThat(asSpecialist.mayWork(read)).isTrue();
        assertThat(service(projectDepartment(east)).mayWork(read))
                .as("re-routed to the project department: now its work")
                .isTrue();
    }

    @Test
    @DisplayName(
            "R-S2: a case that becomes a major matter after registration is escalated to leadership then; one urgent at registration is not told twice")
    void becomingAMajorMatterEscalates() {
        ServiceCase ordinary = register("2025-06-10T01:00:00Z", false);
        ServiceCase majorFromTheStart = register("2025-06-10T01:30:00Z", true);
        assertThat(notificationsOf("leader", NotificationKind.URGENT_CASE)).hasSize(1);

        ServiceCaseService asEngineer = service(new TestCaller(engineering.getId(), Role.AFTER_SALES_ENGINEER));
        database.inTransaction(
                () -> asEngineer.confirmOnSiteNeeded(ordinary.getId(), Instant.parse("2025-06-10T03:00:00Z"), "补录"));
        database.inTransaction(() ->
                asEngineer.confirmOnSiteNeeded(majorFromTheStart.getId(), Instant.parse("2025-06-10T03:00:00Z"), "补录"));

        for (String leader : List.of("leader", "gm")) {
            assertThat(notificationsOf(leader, NotificationKind.BECAME_MAJOR_MATTER))
                    .singleElement()
                    .satisfies(n -> {
                        assertThat(n.getCaseNumber()).isEqualTo(ordinary.getNumber());
                        assertThat(n.getTextZh()).contains("成为重大事宜");
                    });
        }
        assertThat(notificationsOf("leader", NotificationKind.URGENT_CASE)).hasSize(1);
    }

    @Test
    @DisplayName("R-S2: a case flagged a crisis after registration is escalated to leadership at once")
    void crisisLaterEscalates() {
        ServiceCase warranty = register(IN_WARRANTY, false);

        ServiceCaseService asSpecialist = service(specialist());
        database.inTransaction(() -> asSpecialist.flagCrisis(warranty.getId(), null, null));

        assertThat(notificationsOf("leader", NotificationKind.CRISIS)).hasSize(1);
        assertThat(notificationsOf("gm", NotificationKind.CRISIS)).hasSize(1);
    }
}
