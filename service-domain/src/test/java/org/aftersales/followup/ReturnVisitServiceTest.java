package org.aftersales.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.project.Project;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
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
 * Return visits (R-F3) against the migrated schema (H2). The plant's warranty ends 2027-01-15 (formal handover
 * 2026-01-15 + 12 months), so without a done visit it is flagged from 2026-12-16.
 */
class ReturnVisitServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-31T02:00:00Z"), ZONE);

    private TestDatabase database;
    private Department east;
    private Department west;
    private Project plant;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("returnvisits");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        plant = FollowUpFixtures.project(
                database, "P-EAST", east, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 15));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private ReturnVisitService service(Caller caller) {
        return FollowUpFixtures.returnVisitService(database.em(), caller, CLOCK);
    }

    private ReturnVisitService eastDept() {
        return service(new TestCaller(east.getId(), Role.PROJECT_DEPT));
    }

    private ReturnVisitOverview on(LocalDate asOf) {
        return database.inTransaction(() -> eastDept().overview(plant.getId(), asOf));
    }

    private static ReturnVisitReport report(LocalDate day) {
        return new ReturnVisitReport(day, "周项目、李工", "设备运行平稳，出水达标；格栅除污机链条需调整", "对售后服务满意");
    }

    @Test
    @DisplayName(
            "R-F3 a project without a done return visit is flagged from 30 days before its warranty ends, and stays flagged after it")
    void flaggedFromThirtyDaysBeforeWarrantyEnd() {
        ReturnVisitOverview dayBefore = on(LocalDate.of(2026, 12, 15));
        assertThat(dayBefore.warrantyEnd()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(dayBefore.flagFrom()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(dayBefore.flagged()).isFalse();

        assertThat(on(LocalDate.of(2026, 12, 16)).flagged()).isTrue();
        assertThat(on(LocalDate.of(2027, 2, 1)).flagged()).isTrue();
        List<ReturnVisitOverview> flaggedOnly = database.inTransaction(
                () -> eastDept().overviews(LocalDate.of(2026, 12, 16), new ReturnVisitFilter(null, null, true)));
        assertThat(flaggedOnly).extracting(ReturnVisitOverview::projectId).containsExactly(plant.getId());
    }

    @Test
    @DisplayName("R-F3 a planned return visit shows, but does not clear the flag")
    void plannedDoesNotClear() {
        database.inTransaction(() -> eastDept().plan(plant.getId(), LocalDate.of(2027, 1, 5), "与业主运行主管约定"));

        ReturnVisitOverview overview = on(LocalDate.of(2026, 12, 20));

        assertThat(overview.plannedCount()).isEqualTo(1);
        assertThat(overview.nextPlannedDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(overview.doneCount()).isZero();
        assertThat(overview.flagged()).isTrue();
    }

    @Test
    @DisplayName("R-F3 a return visit recorded done with its report clears the flag from its visit date")
    void doneClears() {
        ReturnVisit planned =
                database.inTransaction(() -> eastDept().plan(plant.getId(), LocalDate.of(2026, 12, 20), null));

        ReturnVisit done = database.inTransaction(
                () -> eastDept().recordDone(planned.getId(), planned.getVersion(), report(LocalDate.of(2026, 12, 22))));

        assertThat(done.getStatus()).isEqualTo(ReturnVisitStatus.DONE);
        assertThat(done.getParticipants()).isEqualTo("周项目、李工");
        assertThat(done.getOwnerOpinion()).isEqualTo("对售后服务满意");
        assertThat(done.getRecordedBy()).isEqualTo("test");
        assertThat(on(LocalDate.of(2026, 12, 21)).flagged()).isTrue();
        assertThat(on(LocalDate.of(2026, 12, 22)).flagged()).isFalse();
        assertThat(on(LocalDate.of(2027, 6, 1)).flagged()).isFalse();
        assertThat(on(LocalDate.of(2026, 12, 31)).doneCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-F3 a project before formal handover has no warranty end yet and is not flagged")
    void noWarrantyEndNoFlag() {
        Project trial = FollowUpFixtures.project(database, "P-TRIAL", east, LocalDate.of(2026, 10, 1), null);

        ReturnVisitOverview overview =
                database.inTransaction(() -> eastDept().overview(trial.getId(), LocalDate.of(2026, 12, 31)));

        assertThat(overview.flagFrom()).isNull();
        assertThat(overview.flagged()).isFalse();
    }

    @Test
    @DisplayName(
            "R-F3 the project department arranges return visits of its own projects only; the specialist may too; engineers may not")
    void whoArranges() {
        ReturnVisitService westDept = service(new TestCaller(west.getId(), Role.PROJECT_DEPT));
        assertThatThrownBy(() ->
                        database.inTransaction(() -> westDept.plan(plant.getId(), LocalDate.of(2026, 12, 20), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> service(new TestCaller(null, Role.AFTER_SALES_ENGINEER))
                        .plan(plant.getId(), LocalDate.of(2026, 12, 20), null)))
                .isInstanceOf(AccessDeniedException.class);
        ReturnVisit bySpecialist =
                database.inTransaction(() -> service(new TestCaller(null, Role.AFTER_SALES_SPECIALIST))
                        .plan(plant.getId(), LocalDate.of(2026, 12, 20), null));
        assertThat(bySpecialist.getStatus()).isEqualTo(ReturnVisitStatus.PLANNED);
        assertThat(database.inTransaction(() -> westDept.overviews(LocalDate.of(2026, 12, 31), ReturnVisitFilter.NONE)))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "R-F3 a visit report needs participants and findings and a day in the service period, not in the future")
    void reportValidated() {
        ReturnVisit planned =
                database.inTransaction(() -> eastDept().plan(plant.getId(), LocalDate.of(2026, 12, 20), null));

        assertThatThrownBy(() -> database.inTransaction(() -> eastDept()
                        .recordDone(
                                planned.getId(),
                                planned.getVersion(),
                                new ReturnVisitReport(LocalDate.of(2026, 12, 20), " ", "ok", null))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("returnVisit.error.participantsRequired");
        assertThatThrownBy(() -> database.inTransaction(() ->
                        eastDept().recordDone(planned.getId(), planned.getVersion(), report(LocalDate.of(2027, 1, 2)))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("returnVisit.error.visitInFuture");
        assertThatThrownBy(() ->
                        database.inTransaction(() -> eastDept().plan(plant.getId(), LocalDate.of(2025, 11, 1), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("returnVisit.error.beforeServicePeriod");
    }
}
