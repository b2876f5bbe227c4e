package org.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The holiday calendar as shipped by the migrations, through its service (H2, outside a container). */
class HolidayCalendarServiceTest {

    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.migrated("calendar");
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static HolidayCalendarService service(Role role) {
        HolidayCalendarService service = new HolidayCalendarService();
        service.em = database.em();
        service.caller = new TestCaller(null, role);
        return service;
    }

    @Test
    @DisplayName("R-O2 the shipped 2026 calendar: next working day after the National Day holiday is 2026-10-08")
    void shippedCalendarAnswers() {
        HolidayCalendarService service = service(Role.AFTER_SALES_ENGINEER);

        assertThat(database.inTransaction(() -> service.nextWorkingDayOnOrAfter(LocalDate.of(2026, 10, 1))))
                .isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(database.inTransaction(() -> service.isWorkingDay(LocalDate.of(2026, 10, 10))))
                .as("Saturday, make-up working day")
                .isTrue();
        assertThat(database.inTransaction(() -> service.isWorkingDay(LocalDate.of(2026, 2, 16))))
                .as("Monday, Spring Festival")
                .isFalse();
        assertThat(database.inTransaction(() -> service.nextWorkingDayOnOrAfter(LocalDate.of(2027, 1, 2))))
                .as("beyond the shipped years: ordinary weekends")
                .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    @DisplayName(
            "R-O2 the calendar is editable by authorised users: a year is listed, a day added once and removed again")
    void listAddRemove() {
        HolidayCalendarService editor = service(Role.AFTER_SALES_SPECIALIST);
        List<CalendarDay> year2026 = database.inTransaction(() -> editor.list(2026));
        assertThat(year2026).hasSize(39);
        assertThat(year2026.get(0).getDay()).isEqualTo(LocalDate.of(2026, 1, 1));

        CalendarDay newYear2027 =
                database.inTransaction(() -> editor.add(LocalDate.of(2027, 1, 1), CalendarDayKind.HOLIDAY, "元旦"));
        assertThat(database.inTransaction(() -> editor.isWorkingDay(LocalDate.of(2027, 1, 1))))
                .isFalse();
        assertThatThrownBy(() -> database.inTransaction(
                        () -> editor.add(LocalDate.of(2027, 1, 1), CalendarDayKind.HOLIDAY, "元旦")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("calendar.error.dayTaken");

        database.inTransaction(() -> editor.remove(newYear2027.getId()));
        assertThat(database.inTransaction(() -> editor.isWorkingDay(LocalDate.of(2027, 1, 1))))
                .isTrue();

        assertThatThrownBy(() -> database.inTransaction(
                        () -> service(Role.FINANCE).add(LocalDate.of(2027, 1, 1), CalendarDayKind.HOLIDAY, "元旦")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
