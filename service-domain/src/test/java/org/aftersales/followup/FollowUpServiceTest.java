package org.aftersales.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectPhase;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.PageRequest;
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
 * The two-weekly owner follow-up (R-F2) at exact days, against the migrated schema (H2): provisional handover
 * 2026-03-02, so with no contact the first one is due 2026-03-16 and overdue from 2026-03-17.
 */
class FollowUpServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZONE);
    private static final LocalDate PROVISIONAL = LocalDate.of(2026, 3, 2);

    private TestDatabase database;
    private Department east;
    private Department west;
    private Project plant;
    private OwnerContact manager;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("followups");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        plant = FollowUpFixtures.project(database, "P-EAST", east, PROVISIONAL, LocalDate.of(2026, 4, 1));
        manager = database.saved(new OwnerContact(plant, "黄经理"));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private FollowUpService service(Caller caller) {
        return FollowUpFixtures.followUpService(database.em(), caller, CLOCK);
    }

    private FollowUpService specialist() {
        return service(new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ZONE).toInstant();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private FollowUpEntry reached(Instant when) {
        return new FollowUpEntry(
                when, manager.getId(), FollowUpChannel.PHONE, true, EquipmentStatus.RUNNING_NORMALLY, "设备运行正常");
    }

    private FollowUpStatus statusOn(LocalDate asOf) {
        return database.inTransaction(() -> specialist().status(plant.getId(), asOf));
    }

    private List<Long> actionableOn(LocalDate asOf) {
        return database.inTransaction(() -> specialist().statuses(asOf, FollowUpFilter.actionable())).stream()
                .map(FollowUpStatus::projectId)
                .toList();
    }

    @Test
    @DisplayName(
            "R-F2 with no contact yet, the first follow-up is due 14 days after provisional handover, overdue from the day after")
    void firstDueFromProvisionalHandover() {
        assertThat(statusOn(day(3, 8)).state()).isEqualTo(FollowUpState.UPCOMING);
        assertThat(actionableOn(day(3, 8))).doesNotContain(plant.getId());

        FollowUpStatus weekBefore = statusOn(day(3, 9));
        assertThat(weekBefore.dueDate()).isEqualTo(day(3, 16));
        assertThat(weekBefore.daysLeft()).isEqualTo(7);
        assertThat(weekBefore.state()).isEqualTo(FollowUpState.DUE_SOON);
        assertThat(actionableOn(day(3, 9))).contains(plant.getId());

        FollowUpStatus dueDay = statusOn(day(3, 16));
        assertThat(dueDay.daysLeft()).isZero();
        assertThat(dueDay.state()).isEqualTo(FollowUpState.DUE_SOON);

        FollowUpStatus dayAfter = statusOn(day(3, 17));
        assertThat(dayAfter.state()).isEqualTo(FollowUpState.OVERDUE);
        assertThat(dayAfter.daysOverdue()).isEqualTo(1);
        assertThat(dayAfter.lastReachedAt()).isNull();
    }

    @Test
    @DisplayName(
            "R-F2 a contact that reached the owner restarts the cadence: next due 14 days after its day (in the configured zone), overdue from the day after")
    void reachedContactRestartsCadence() {
        // 23:30 in Shanghai is 15:30 UTC: the contact counts on 10 May, the day in the configured zone.
        Instant lateEvening = at(5, 10, 23, 30);
        OwnerFollowUp logged = database.inTransaction(() -> specialist().log(plant.getId(), reached(lateEvening)));

        assertThat(logged.getContactDay()).isEqualTo(day(5, 10));
        assertThat(logged.getNextDueDate()).isEqualTo(day(5, 24));
        assertThat(logged.getContactedBy()).isEqualTo("test");
        assertThat(logged.getContactName()).isEqualTo("黄经理");
        FollowUpStatus dueDay = statusOn(day(5, 24));
        assertThat(dueDay.dueDate()).isEqualTo(day(5, 24));
        assertThat(dueDay.state()).isEqualTo(FollowUpState.DUE_SOON);
        assertThat(dueDay.lastReachedAt()).isEqualTo(lateEvening);
        assertThat(dueDay.lastReachedContactName()).isEqualTo("黄经理");
        assertThat(statusOn(day(5, 25)).state()).isEqualTo(FollowUpState.OVERDUE);
        assertThat(statusOn(day(5, 25)).daysOverdue()).isEqualTo(1);
        // On a day before the contact it is not known yet: the cadence still runs from provisional handover.
        assertThat(statusOn(day(5, 9)).dueDate()).isEqualTo(day(3, 16));
    }

    @Test
    @DisplayName("R-F2 an attempt that did not reach the owner is logged but does not restart the cadence")
    void unreachedAttemptDoesNotCount() {
        database.inTransaction(() -> specialist().log(plant.getId(), reached(at(5, 10, 9, 0))));
        Instant attempt = at(5, 20, 10, 0);
        OwnerFollowUp notReached = database.inTransaction(() -> specialist()
                .log(
                        plant.getId(),
                        new FollowUpEntry(attempt, manager.getId(), FollowUpChannel.PHONE, false, null, "电话无人接听")));

        assertThat(notReached.getNextDueDate()).isNull();
        FollowUpStatus status = statusOn(day(5, 25));
        assertThat(status.dueDate()).isEqualTo(day(5, 24));
        assertThat(status.state()).isEqualTo(FollowUpState.OVERDUE);
        assertThat(status.lastAttemptAt()).isEqualTo(attempt);
        assertThat(status.lastReachedAt()).isEqualTo(at(5, 10, 9, 0));
    }

    @Test
    @DisplayName(
            "R-F2 an owner who declined follow-ups is recorded (who, when, why) and skipped; withdrawing the decline plans the project again")
    void declinedOwnerSkipped() {
        FollowUpDecline decline =
                database.inTransaction(() -> specialist().recordDecline(plant.getId(), "业主自有运维团队，不需定期回访"));
        assertThat(decline.getRecordedBy()).isEqualTo("test");
        assertThat(decline.getDeclinedAt()).isEqualTo(CLOCK.instant());

        assertThat(actionableOn(day(6, 30))).doesNotContain(plant.getId());
        FollowUpStatus declined = statusOn(day(6, 30));
        assertThat(declined.state()).isEqualTo(FollowUpState.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("业主自有运维团队，不需定期回访");
        assertThatThrownBy(() -> database.inTransaction(() -> specialist().recordDecline(plant.getId(), "再次")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("followUp.error.alreadyDeclined");

        FollowUpDecline withdrawn = database.inTransaction(() -> specialist().withdrawDecline(plant.getId()));
        assertThat(withdrawn.getWithdrawnBy()).isEqualTo("test");
        assertThat(actionableOn(day(6, 30))).contains(plant.getId());
        assertThat(statusOn(day(6, 30)).state()).isEqualTo(FollowUpState.OVERDUE);
    }

    @Test
    @DisplayName("R-F2 projects before provisional handover are not listed; post-warranty projects are")
    void onlyFromProvisionalHandover() {
        Project later = FollowUpFixtures.project(database, "P-LATER", east, day(7, 10), null);
        Project building = FollowUpFixtures.project(database, "P-BUILD", east, null, null);
        Project old =
                FollowUpFixtures.project(database, "P-OLD", east, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 1));

        List<FollowUpStatus> all =
                database.inTransaction(() -> specialist().statuses(day(6, 30), FollowUpFilter.all(7)));

        assertThat(all)
                .extracting(FollowUpStatus::projectId)
                .contains(plant.getId(), old.getId())
                .doesNotContain(later.getId(), building.getId());
        FollowUpStatus postWarranty = all.stream()
                .filter(s -> s.projectId() == old.getId())
                .findFirst()
                .orElseThrow();
        assertThat(postWarranty.phase()).isEqualTo(ProjectPhase.POST_WARRANTY);
        assertThat(postWarranty.state()).isEqualTo(FollowUpState.OVERDUE);
        assertThatThrownBy(() -> database.inTransaction(() -> specialist()
                        .log(
                                later.getId(),
                                new FollowUpEntry(at(6, 29, 9, 0), null, FollowUpChannel.PHONE, false, null, null))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("followUp.error.beforeProvisionalHandover");
    }

    @Test
    @DisplayName("R-F2 the planner lists overdue first and filters by state and by who last reached the owner")
    void plannerOrderAndFilters() {
        Project other = FollowUpFixtures.project(database, "P-OTHER", east, day(6, 18), null);
        database.inTransaction(() -> specialist().log(plant.getId(), reached(at(6, 20, 9, 0))));

        var page = database.inTransaction(
                () -> specialist().due(day(6, 30), FollowUpFilter.all(7), PageRequest.first(10)));
        assertThat(page.items()).extracting(FollowUpStatus::projectCode).containsExactly("P-OTHER", "P-EAST");
        assertThat(page.items().get(0).dueDate()).isEqualTo(day(7, 2));
        assertThat(page.items().get(1).dueDate()).isEqualTo(day(7, 4));

        var byEngineer = database.inTransaction(() -> specialist()
                .statuses(day(6, 30), new FollowUpFilter(null, null, "test", EnumSet.allOf(FollowUpState.class), 7)));
        assertThat(byEngineer).extracting(FollowUpStatus::projectId).containsExactly(plant.getId());
        var overdueOnly = database.inTransaction(() -> specialist()
                .statuses(
                        day(7, 5),
                        new FollowUpFilter(other.getId(), null, null, EnumSet.of(FollowUpState.OVERDUE), 7)));
        assertThat(overdueOnly).extracting(FollowUpStatus::projectId).containsExactly(other.getId());
    }

    @Test
    @DisplayName(
            "R-F2 when the owner reports a problem, the contact opens a service case in one step, prefilled and linked")
    void problemOpensServiceCase() {
        FollowUpEntry stopped = new FollowUpEntry(
                at(6, 29, 10, 0),
                manager.getId(),
                FollowUpChannel.PHONE,
                true,
                EquipmentStatus.STOPPED,
                "2号鼓风机停机，振动报警");

        OwnerFollowUp logged = database.inTransaction(() -> specialist().logAndOpenCase(plant.getId(), stopped, null));

        ServiceCase opened = logged.getServiceCase();
        assertThat(opened).isNotNull();
        assertThat(opened.getProject().getId()).isEqualTo(plant.getId());
        assertThat(opened.getReporterName()).isEqualTo("黄经理");
        assertThat(opened.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(opened.getType()).isEqualTo(CaseType.SERVICE_REQUEST);
        assertThat(opened.getDescription()).isEqualTo("2号鼓风机停机，振动报警");
        assertThat(opened.getReceivedAt()).isEqualTo(at(6, 29, 10, 0));
        assertThat(statusOn(day(6, 30)).lastProblemFollowUpId()).isNull();
        assertThatThrownBy(() -> database.inTransaction(() -> specialist().openServiceCase(logged.getId(), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("followUp.error.caseAlreadyOpened");
    }

    @Test
    @DisplayName(
            "R-F2 a problem reported without a case yet is offered in the planner: the case is opened later from that contact")
    void problemOfferedLater() {
        FollowUpEntry withProblems = new FollowUpEntry(
                at(6, 29, 10, 0),
                manager.getId(),
                FollowUpChannel.VISIT,
                true,
                EquipmentStatus.RUNNING_WITH_PROBLEMS,
                "加药泵流量不稳");
        OwnerFollowUp logged = database.inTransaction(() -> specialist().log(plant.getId(), withProblems));
        assertThat(statusOn(day(6, 30)).lastProblemFollowUpId()).isEqualTo(logged.getId());

        ServiceCase opened = database.inTransaction(() -> specialist().openServiceCase(logged.getId(), null));

        assertThat(opened.getChannel()).isEqualTo(Channel.VISIT);
        assertThat(database.inTransaction(() -> specialist().find(logged.getId()))
                        .getServiceCase()
                        .getId())
                .isEqualTo(opened.getId());
    }

    @Test
    @DisplayName("R-F2 a project department logs follow-ups of its own projects only; Finance may not log")
    void accessByRole() {
        FollowUpService westDept = service(new TestCaller(west.getId(), Role.PROJECT_DEPT));
        FollowUpService eastDept = service(new TestCaller(east.getId(), Role.PROJECT_DEPT));

        assertThatThrownBy(() -> database.inTransaction(() -> westDept.log(plant.getId(), reached(at(6, 29, 9, 0)))))
                .isInstanceOf(NotFoundException.class);
        assertThat(database.inTransaction(() -> westDept.statuses(day(6, 30), FollowUpFilter.all(7))))
                .isEmpty();
        assertThat(database.inTransaction(() -> eastDept.log(plant.getId(), reached(at(6, 29, 9, 0))))
                        .getId())
                .isNotNull();
        assertThatThrownBy(() -> database.inTransaction(
                        () -> service(new TestCaller(null, Role.FINANCE)).log(plant.getId(), reached(at(6, 29, 9, 0)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R-F2 issue 18 item 5: a reached contact logged without person, channel and equipment status names all"
            + " three in one refusal, and nothing is logged")
    void reachedContactNamesEveryMissingField() {
        BusinessException refused = catchThrowableOfType(
                BusinessException.class,
                () -> database.inTransaction(() -> specialist()
                        .log(plant.getId(), new FollowUpEntry(at(6, 29, 9, 0), null, null, true, null, null))));

        assertThat(refused.getRefusals().stream().map(BusinessException::getField))
                .containsExactly("ownerContactId", "channel", "equipmentStatus");
        assertThat(refused.getRefusals().stream().map(BusinessException::getMessageKey))
                .containsExactly(
                        "followUp.error.contactRequired",
                        "followUp.error.channelRequired",
                        "followUp.error.equipmentStatusRequired");
        assertThat(database.inTransaction(() -> database.em()
                        .createQuery("select count(f) from OwnerFollowUp f where f.project.id = :project", Long.class)
                        .setParameter("project", plant.getId())
                        .getSingleResult()))
                .isZero();
    }

    @Test
    @DisplayName("R-F2 a reached contact needs the person on the owner contact list and the equipment status")
    void reachedContactNeedsPersonAndStatus() {
        assertThatThrownBy(() -> database.inTransaction(() -> specialist()
                        .log(
                                plant.getId(),
                                new FollowUpEntry(
                                        at(6, 29, 9, 0), manager.getId(), FollowUpChannel.PHONE, true, null, null))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("followUp.error.equipmentStatusRequired");
        assertThatThrownBy(() -> database.inTransaction(() -> specialist()
                        .log(
                                plant.getId(),
                                new FollowUpEntry(
                                        at(6, 29, 9, 0),
                                        null,
                                        FollowUpChannel.PHONE,
                                        true,
                                        EquipmentStatus.STOPPED,
                                        null))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("followUp.error.contactRequired");
        assertThatThrownBy(() -> database.inTransaction(() ->
                        specialist().log(plant.getId(), reached(CLOCK.instant().plusSeconds(3600)))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("followUp.error.inFuture");
    }

    @Test
    @DisplayName("R-F2 monthly compliance: the contacts due in the month and those made by their due date")
    void monthlyCompliance() {
        // Due 16 March (from provisional handover), met 14 March; next due 28 March, met only 2 April (late).
        database.inTransaction(() -> specialist().log(plant.getId(), reached(at(3, 14, 9, 0))));
        database.inTransaction(() -> specialist().log(plant.getId(), reached(at(4, 2, 9, 0))));

        FollowUpCompliance march = database.inTransaction(() -> specialist().compliance(YearMonth.of(2026, 3)))
                .get(0);
        FollowUpCompliance april = database.inTransaction(() -> specialist().compliance(YearMonth.of(2026, 4)))
                .get(0);

        assertThat(march.dueInMonth()).isEqualTo(2);
        assertThat(march.metInTime()).isEqualTo(1);
        assertThat(march.missed()).isEqualTo(1);
        assertThat(march.percentInTime()).isEqualTo(50);
        // Due 16 April after the 2 April contact, never met: missed.
        assertThat(april.dueInMonth()).isEqualTo(1);
        assertThat(april.metInTime()).isZero();
        assertThat(april.missed()).isEqualTo(1);
    }
}
