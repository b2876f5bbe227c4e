package org.aftersales.retention;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.policy.PolicyFixturesCalendar;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.staff.Caller;

/** The retention service wired by hand on one entity manager, for tests of other packages that read the registers. */
public final class RetentionFixtures {

    private RetentionFixtures() {}

    public static RetentionService retentionService(EntityManager em, Caller caller, Clock clock) {
        RetentionService service = new RetentionService();
        service.em = em;
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(em, caller);
        service.clock = clock;
        service.changeLog = new ChangeLog(service.em, clock);
        service.holidays = PolicyFixturesCalendar.holidayCalendarService(em, caller);
        return service;
    }
}
