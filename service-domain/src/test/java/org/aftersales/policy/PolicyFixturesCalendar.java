package org.aftersales.policy;

import jakarta.persistence.EntityManager;
import org.aftersales.staff.Caller;

/** A {@link HolidayCalendarService} wired by hand, over the calendar the migrations ship. */
public final class PolicyFixturesCalendar {

    private PolicyFixturesCalendar() {}

    public static HolidayCalendarService holidayCalendarService(EntityManager em, Caller caller) {
        HolidayCalendarService service = new HolidayCalendarService();
        service.em = em;
        service.caller = caller;
        return service;
    }
}
