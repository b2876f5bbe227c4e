package org.aftersales.retention;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.changelog.ChangeEvent;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.policy.PolicyFixturesCalendar;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.Money;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionDayEventsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TestDatabase database = TestDatabase.migrated("retention-days");

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    private RetentionService finance(Clock clock) {
        return RetentionFixtures.retentionService(database.em(), new TestCaller(null, Role.FINANCE), clock);
    }

    private int noticeOn(LocalDate day) {
        EntityManager em = database.em();
        RetentionDayEvents job = new RetentionDayEvents();
        job.em = em;
        job.clock = on(day);
        job.changeLog = new ChangeLog(em, on(day));
        job.holidays = PolicyFixturesCalendar.holidayCalendarService(em, new TestCaller(null, Role.FINANCE));
        return database.inTransaction(job::notice);
    }

    private List<ChangeEvent> events() {
        return database.inTransaction(() -> new ChangeLog(database.em(), Clock.systemUTC()).after(0, 100));
    }

    @Test
    @DisplayName("R-C5 R-C8 issue 17: the day a project retention falls due and the day the owner is deemed to have"
            + " accepted its return are each told to the ERP once, by the job that notices them")
    void dueAndDeemedAcceptedOnce() {
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        Project project = ProjectFixtures.projectInWarranty(database, "WTP-DAY", east);
        RetentionService finance = finance(on(LocalDate.of(2026, 3, 1)));
        long id =
                database.inTransaction(() -> finance.recordProjectRetention(project.getId(), Money.of("30000.00"), null)
                        .getId());
        LocalDate due =
                database.inTransaction(() -> finance.findProjectRetention(id)).getDueDate();
        String resource = "project-retentions/" + id;

        assertThat(noticeOn(due.minusDays(1))).as("the day before it falls due").isZero();
        assertThat(noticeOn(due)).isEqualTo(1);
        assertThat(noticeOn(due.plusDays(3))).as("told once").isZero();

        // Received Monday 2026-06-01; reminder received 06-17 → 14 days to 07-01 → deemed accepted on 07-02 (R-C8).
        database.inTransaction(() ->
                finance.applyForReturn(id, LocalDate.of(2026, 5, 29), LocalDate.of(2026, 6, 1), ReturnChannel.LETTER));
        database.inTransaction(() -> finance.recordReminder(id, LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 17)));
        assertThat(noticeOn(LocalDate.of(2026, 7, 1))).isZero();
        assertThat(noticeOn(LocalDate.of(2026, 7, 2))).isEqualTo(1);
        assertThat(noticeOn(LocalDate.of(2026, 7, 3))).isZero();

        assertThat(events())
                .extracting(ChangeEvent::getKind, ChangeEvent::getResource)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.RETENTION_DUE, resource),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.RETENTION_DEEMED_ACCEPTED, resource));
    }

    @Test
    @DisplayName("R-C5 issue 17: a retention paid in full is told as paid and never as due")
    void paidIsNotDue() {
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        Project project = ProjectFixtures.projectInWarranty(database, "WTP-PAID", east);
        RetentionService finance = finance(on(LocalDate.of(2026, 3, 1)));
        long id =
                database.inTransaction(() -> finance.recordProjectRetention(project.getId(), Money.of("30000.00"), null)
                        .getId());
        database.inTransaction(() -> finance.collect(id, Money.of("30000.00"), LocalDate.of(2026, 2, 27)));
        LocalDate due =
                database.inTransaction(() -> finance.findProjectRetention(id)).getDueDate();

        assertThat(noticeOn(due.plusDays(1))).isZero();
        assertThat(events()).extracting(ChangeEvent::getKind).containsExactly(ChangeKind.RETENTION_PAID);
    }
}
