package org.aftersales.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * Keeps the statutory holiday calendar (R-O2) and answers "is this a working day?" for the deadline rules (R-C8).
 *
 * <p>The State Council General Office publishes each year's holidays and make-up working days; the migrations ship
 * 2025 and 2026, and users with {@link Permission#POLICY_EDIT} add the following years (every change is in the audit
 * trail). The working-day questions need no permission: deadlines are computed for everyone, including scheduled jobs.
 */
@ApplicationScoped
public class HolidayCalendarService {

    /** Days loaded per look-up: longer than any run of consecutive rest days of a published arrangement. */
    private static final int WINDOW_DAYS = 31;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** The holidays and make-up working days of one year, in date order (at most a few dozen rows). */
    @Transactional
    public List<CalendarDay> list(int year) {
        caller.require(Permission.POLICY_VIEW);
        return daysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional
    public CalendarDay add(LocalDate day, CalendarDayKind kind, String name) {
        caller.require(Permission.POLICY_EDIT);
        CalendarDay calendarDay = new CalendarDay(day, kind, name);
        Long taken = em.createQuery("select count(d) from CalendarDay d where d.day = :day", Long.class)
                .setParameter("day", day)
                .getSingleResult();
        if (taken > 0) {
            throw new BusinessException("day", "calendar.error.dayTaken", day);
        }
        em.persist(calendarDay);
        return calendarDay;
    }

    @Transactional
    public void remove(long id) {
        caller.require(Permission.POLICY_EDIT);
        CalendarDay day = em.find(CalendarDay.class, id);
        if (day == null) {
            throw new NotFoundException("calendarDay", id);
        }
        em.remove(day);
    }

    @Transactional
    public boolean isWorkingDay(LocalDate day) {
        return calendarBetween(day, day).isWorkingDay(day);
    }

    /** {@code day} itself when it is a working day, else the first working day after it (R-C8). */
    @Transactional
    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate from = day;
        while (true) {
            LocalDate to = from.plusDays(WINDOW_DAYS - 1L);
            HolidayCalendar calendar = calendarBetween(from, to);
            LocalDate next = calendar.nextWorkingDayOnOrAfter(from);
            if (!next.isAfter(to)) {
                return next;
            }
            from = to.plusDays(1);
        }
    }

    /** The calendar of a period, both days included, for computing many deadlines with one query. */
    @Transactional
    public HolidayCalendar calendarBetween(LocalDate from, LocalDate to) {
        return HolidayCalendar.of(daysBetween(from, to));
    }

    private List<CalendarDay> daysBetween(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select d from CalendarDay d where d.day between :from and :to order by d.day",
                        CalendarDay.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
