package org.aftersales.policy;

import static org.aftersales.policy.CalendarDayKind.HOLIDAY;
import static org.aftersales.policy.CalendarDayKind.MAKEUP_WORKDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    /** The 2026 National Day arrangement as published: Oct 1–7 off, Sun Sep 20 and Sat Oct 10 worked. */
    private static HolidayCalendar nationalDay2026() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 10, 1);
                !day.isAfter(LocalDate.of(2026, 10, 7));
                day = day.plusDays(1)) {
            days.add(new CalendarDay(day, HOLIDAY, "国庆节"));
        }
        days.add(new CalendarDay(LocalDate.of(2026, 9, 20), MAKEUP_WORKDAY, "国庆节"));
        days.add(new CalendarDay(LocalDate.of(2026, 10, 10), MAKEUP_WORKDAY, "国庆节"));
        return HolidayCalendar.of(days);
    }

    @Test
    @DisplayName("R-O2 a weekend make-up working day is a working day; a statutory holiday on a weekday is not")
    void makeUpDaysWorkHolidaysRest() {
        HolidayCalendar calendar = nationalDay2026();

        assertThat(LocalDate.of(2026, 10, 10).getDayOfWeek().getValue()).isEqualTo(6);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)))
                .as("Thursday, National Day")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5)))
                .as("Monday of the holiday week")
                .isFalse();
    }

    @Test
    @DisplayName("R-O2 ordinary weeks: Monday to Friday work, Saturday and Sunday rest")
    void ordinaryWeek() {
        HolidayCalendar calendar = nationalDay2026();

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 13)))
                .as("Friday")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 14)))
                .as("Saturday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 15)))
                .as("Sunday")
                .isFalse();
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 11, 14))).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    @DisplayName("R-O2 R-C8 a deadline in the 2026 National Day holiday moves to 2026-10-08; a working day stays")
    void nextWorkingDayAfterNationalDay() {
        HolidayCalendar calendar = nationalDay2026();

        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 10, 7))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 10, 8))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 10, 10)))
                .as("a make-up Saturday is itself a working day")
                .isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    @DisplayName("R-O2 a make-up working day must be a Saturday or Sunday")
    void makeUpWorkdayOnAWeekdayIsRejected() {
        assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2026, 10, 9), MAKEUP_WORKDAY, "国庆节"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("calendar.error.makeUpWorkdayOnWeekday");
        assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2026, 10, 9), HOLIDAY, " "))
                .hasMessage("calendar.error.nameRequired");
    }
}
