package org.aftersales.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Which days are working days under the PRC statutory holiday arrangement (R-O2), the rule behind "a deadline of a
 * legal procedure that falls on a statutory holiday moves to the first working day after it" (R-C8; Civil Code
 * Art. 203).
 *
 * <p>Monday to Friday are working days and Saturday and Sunday rest days, unless the published arrangement says
 * otherwise: a {@link CalendarDayKind#HOLIDAY} is never a working day, a {@link CalendarDayKind#MAKEUP_WORKDAY} (a
 * weekend day worked in exchange, 调休上班) always is. A value built from the {@link CalendarDay} rows of a period; it
 * knows nothing outside them, so callers load the days they ask about ({@link HolidayCalendarService} does).
 */
public final class HolidayCalendar {

    private final Map<LocalDate, CalendarDayKind> exceptions;

    private HolidayCalendar(Map<LocalDate, CalendarDayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** The calendar of the given holidays and make-up working days. */
    public static HolidayCalendar of(Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDayKind> exceptions = new HashMap<>();
        for (CalendarDay day : days) {
            exceptions.put(day.getDay(), day.getKind());
        }
        return new HolidayCalendar(exceptions);
    }

    /** The calendar of plain day → kind pairs (tests, imports). */
    public static HolidayCalendar of(Map<LocalDate, CalendarDayKind> days) {
        return new HolidayCalendar(days);
    }

    public static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarDayKind kind = exceptions.get(day);
        if (kind == CalendarDayKind.HOLIDAY) {
            return false;
        }
        if (kind == CalendarDayKind.MAKEUP_WORKDAY) {
            return true;
        }
        return !isWeekend(day);
    }

    /** {@code day} itself when it is a working day, else the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
