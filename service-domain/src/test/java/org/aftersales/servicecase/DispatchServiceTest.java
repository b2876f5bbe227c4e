package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.EngineerQualification;
import org.aftersales.staff.Qualification;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dispatch against the migrated schema (H2), outside a container (R-S6). "Now" is 2026-03-10 12:00 Shanghai; the
 * visit window is 2026-03-11 08:00 – 16:00 Shanghai.
 */
class DispatchServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T04:00:00Z");
    private static final Instant FROM = Instant.parse("2026-03-11T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-11T08:00:00Z");

    private final Clock clock = Clock.fixed(NOW, SHANGHAI);
    private TestDatabase database;
    private Project plant;
    private AppUser li;
    private AppUser zhao;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("dispatch");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        plant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        CaseFixtures.coveredByContract(database, plant);
        li = database.saved(new AppUser("engineer", "李工", "hash", Set.of(Role.AFTER_SALES_ENGINEER)));
        zhao = database.saved(new AppUser("engineer2", "赵工", "hash", Set.of(Role.AFTER_SALES_ENGINEER)));
        AppUser gone = new AppUser("gone", "已停用", "hash", Set.of(Role.AFTER_SALES_ENGINEER));
        gone.changeProfile("已停用", null, Set.of(Role.AFTER_SALES_ENGINEER), false);
        database.saved(gone);
        database.saved(new AppUser("leader", "张分管", "hash", Set.of(Role.DIVISION_LEADER)));
        for (Qualification qualification : Qualification.values()) {
            database.saved(new EngineerQualification(li, qualification, LocalDate.of(2024, 1, 1), "岗位资格证书"));
        }
        database.saved(
                new EngineerQualification(zhao, Qualification.MECHANICAL_INSTALLATION, LocalDate.of(2024, 1, 1), null));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static TestCaller as(Role role) {
        return new TestCaller(null, role);
    }

    private DispatchService dispatch(Caller caller) {
        return CaseFixtures.dispatchService(database.em(), caller, clock);
    }

    private ServiceCase onSiteCase() {
        ServiceCaseService cases = CaseFixtures.caseService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
        ServiceCase registered = database.inTransaction(() -> cases.register(new CaseIntake(
                plant.getId(),
                null,
                Channel.HOTLINE,
                CaseType.SERVICE_REQUEST,
                "刘明",
                Instant.parse("2026-03-10T01:00:00Z"),
                "2号泵振动大",
                true,
                false)));
        return database.inTransaction(
                () -> cases.confirmOnSiteNeeded(registered.getId(), Instant.parse("2026-03-10T02:00:00Z"), null));
    }

    private ServiceCase reloaded(ServiceCase serviceCase) {
        database.em().clear();
        ServiceCaseService cases = CaseFixtures.caseService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
        return database.inTransaction(() -> cases.find(serviceCase.getId()));
    }

    private ServiceCase dispatched(AppUser engineer, Instant from, Instant to) {
        ServiceCase serviceCase = onSiteCase();
        database.inTransaction(() -> dispatch(as(Role.AFTER_SALES_SPECIALIST))
                .propose(serviceCase.getId(), List.of(engineer.getId()), from, to, null, null));
        return database.inTransaction(
                () -> dispatch(as(Role.DIVISION_LEADER)).approve(serviceCase.getId(), null, null, null));
    }

    @Test
    @DisplayName(
            "R-S6 the specialist proposes and the leader approves through the service: DISPATCHED, stored with both lists of engineers and new versions (issue 16: the on-site part's with each act, the head's with the status step)")
    void proposeAndApprove() {
        ServiceCase serviceCase = onSiteCase();
        ServiceCase was = reloaded(serviceCase);
        long before = was.getVersion();
        long onSiteBefore = was.getOnSitePart().getVersion();

        database.inTransaction(() -> dispatch(as(Role.AFTER_SALES_SPECIALIST))
                .propose(serviceCase.getId(), List.of(zhao.getId()), FROM, TO, null, null));
        database.inTransaction(() -> dispatch(as(Role.GENERAL_MANAGER))
                .approve(serviceCase.getId(), List.of(li.getId(), zhao.getId()), null, null));

        ServiceCase read = reloaded(serviceCase);
        assertThat(read.getStatus()).isEqualTo(CaseStatus.DISPATCHED);
        // Issue 16 (README "one head row and three parts"): both acts move dispatch & on site's version; only the
        // approval, a status step, moves the head's.
        assertThat(read.getOnSitePart().getVersion()).isEqualTo(onSiteBefore + 2);
        assertThat(read.getVersion()).isEqualTo(before + 1);
        Dispatch approved = read.approvedDispatch().orElseThrow();
        assertThat(approved.getProposedEngineers())
                .extracting(AppUser::getUsername)
                .containsExactly("engineer2");
        assertThat(approved.getEngineers()).extracting(AppUser::getDisplayName).containsExactly("李工", "赵工");
        assertThat(approved.getPlannedFrom()).isEqualTo(FROM);
        assertThat(approved.getPlannedTo()).isEqualTo(TO);
        assertThat(approved.getProposedBy()).isEqualTo("test");
        assertThat(approved.getDecidedAt()).isEqualTo(NOW);
        assertThat(read.getTimeline())
                .extracting(CaseEvent::getKind)
                .contains(CaseEventKind.DISPATCH_PROPOSED, CaseEventKind.DISPATCH_APPROVED);
    }

    @Test
    @DisplayName(
            "R-S6 double booking refused through the database: the engineer booked on another case's approved overlapping window cannot be proposed or approved")
    void doubleBookingRefused() {
        ServiceCase first = dispatched(li, FROM, TO);
        ServiceCase second = onSiteCase();
        DispatchService specialist = dispatch(as(Role.AFTER_SALES_SPECIALIST));
        DispatchService leader = dispatch(as(Role.DIVISION_LEADER));
        Instant overlapping = TO.minus(Duration.ofHours(1));

        assertThatThrownBy(() -> database.inTransaction(() -> specialist.propose(
                        second.getId(),
                        List.of(li.getId()),
                        overlapping,
                        overlapping.plus(Duration.ofHours(4)),
                        null,
                        null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("dispatch.error.doubleBooked")
                .satisfies(e ->
                        assertThat(((BusinessException) e).getArguments()[1]).isEqualTo(first.getNumber()));
        database.inTransaction(() -> specialist.propose(
                second.getId(), List.of(zhao.getId()), overlapping, overlapping.plus(Duration.ofHours(4)), null, null));
        assertThatThrownBy(() ->
                        database.inTransaction(() -> leader.approve(second.getId(), List.of(li.getId()), null, null)))
                .hasMessage("dispatch.error.doubleBooked");
        assertThat(reloaded(second).getStatus()).isEqualTo(CaseStatus.ON_SITE_CONFIRMED);

        database.inTransaction(() -> leader.approve(second.getId(), null, null, null));
        ServiceCase third = onSiteCase();
        database.inTransaction(() ->
                specialist.propose(third.getId(), List.of(li.getId()), TO, TO.plus(Duration.ofHours(8)), null, null));
        database.inTransaction(() -> leader.approve(third.getId(), null, null, null));

        assertThat(reloaded(second).approvedDispatch().orElseThrow().getEngineers())
                .containsExactly(zhao);
        assertThat(reloaded(third).getStatus())
                .as("back-to-back windows are no double booking")
                .isEqualTo(CaseStatus.DISPATCHED);
    }

    @Test
    @DisplayName(
            "R-S6 the dispatch board: every enabled engineer with skills, skill gaps flagged for training, and their bookings in the window")
    void board() {
        ServiceCase booked = dispatched(li, FROM, TO);
        dispatched(li, TO.plus(Duration.ofDays(2)), TO.plus(Duration.ofDays(3)));

        List<EngineerAvailability> board = database.inTransaction(
                () -> dispatch(as(Role.DIVISION_LEADER)).engineers(FROM.minus(Duration.ofHours(2)), TO));

        assertThat(board).extracting(EngineerAvailability::username).containsExactly("engineer", "engineer2");
        EngineerAvailability first = board.get(0);
        assertThat(first.flaggedForTraining()).isFalse();
        assertThat(first.bookings()).singleElement().satisfies(booking -> {
            assertThat(booking.caseNumber()).isEqualTo(booked.getNumber());
            assertThat(booking.plannedFrom()).isEqualTo(FROM);
            assertThat(booking.plannedTo()).isEqualTo(TO);
        });
        EngineerAvailability second = board.get(1);
        assertThat(second.flaggedForTraining()).isTrue();
        assertThat(second.qualifications()).containsExactly(Qualification.MECHANICAL_INSTALLATION);
        assertThat(second.missingQualifications())
                .containsExactly(
                        Qualification.MECHANICAL_COMMISSIONING,
                        Qualification.ELECTRICAL_COMMISSIONING,
                        Qualification.INSTRUMENTATION_CONTROL_COMMISSIONING);
        assertThat(second.bookings()).isEmpty();
        assertThat(database.inTransaction(
                        () -> dispatch(as(Role.AFTER_SALES_SPECIALIST)).engineers(null, null)))
                .as("the coming week from now")
                .extracting(e -> e.bookings().size())
                .containsExactly(2, 0);
        assertThatThrownBy(() -> database.inTransaction(
                        () -> dispatch(as(Role.DIVISION_LEADER)).engineers(TO, FROM)))
                .hasMessage("dispatch.error.windowOrder");
    }

    @Test
    @DisplayName(
            "R-S6 only the division leader or the general manager approve or reject: the engineer, the specialist and the ERP are refused; the board is for dispatchers")
    void onlyLeadersApprove() {
        ServiceCase serviceCase = onSiteCase();
        database.inTransaction(() -> dispatch(as(Role.AFTER_SALES_SPECIALIST))
                .propose(serviceCase.getId(), List.of(li.getId()), FROM, TO, null, null));

        for (Role role : List.of(Role.AFTER_SALES_ENGINEER, Role.AFTER_SALES_SPECIALIST, Role.INTEGRATION)) {
            assertThatThrownBy(() -> database.inTransaction(
                            () -> dispatch(as(role)).approve(serviceCase.getId(), null, null, null)))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> database.inTransaction(
                            () -> dispatch(as(role)).reject(serviceCase.getId(), "不派", null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> database.inTransaction(() -> dispatch(as(Role.DIVISION_LEADER))
                        .propose(serviceCase.getId(), List.of(li.getId()), FROM, TO, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> database.inTransaction(
                        () -> dispatch(as(Role.AFTER_SALES_ENGINEER)).engineers(null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reloaded(serviceCase).getStatus()).isEqualTo(CaseStatus.ON_SITE_CONFIRMED);

        database.inTransaction(
                () -> dispatch(as(Role.GENERAL_MANAGER)).reject(serviceCase.getId(), "先远程指导", null, null));
        ServiceCase read = reloaded(serviceCase);
        assertThat(read.latestDispatch().orElseThrow().getStatus()).isEqualTo(DispatchStatus.REJECTED);
        assertThat(read.latestDispatch().orElseThrow().getRejectionReason()).isEqualTo("先远程指导");
    }

    @Test
    @DisplayName("R-S6 an unknown user id or a user who is no engineer is refused on the engineerIds field")
    void onlyEngineers() {
        ServiceCase serviceCase = onSiteCase();
        DispatchService specialist = dispatch(as(Role.AFTER_SALES_SPECIALIST));
        Long leaderId = database.em()
                .createQuery("select u.id from AppUser u where u.username = 'leader'", Long.class)
                .getSingleResult();

        assertThatThrownBy(() -> database.inTransaction(
                        () -> specialist.propose(serviceCase.getId(), List.of(-1L), FROM, TO, null, null)))
                .hasMessage("dispatch.error.unknownEngineer");
        assertThatThrownBy(() -> database.inTransaction(
                        () -> specialist.propose(serviceCase.getId(), List.of(leaderId), FROM, TO, null, null)))
                .hasMessage("dispatch.error.notAnEngineer")
                .satisfies(e -> assertThat(((BusinessException) e).getField()).isEqualTo("engineerIds"));
    }
}
