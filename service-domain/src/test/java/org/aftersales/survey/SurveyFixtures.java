package org.aftersales.survey;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.staff.Caller;

/** The survey service wired by hand on one entity manager, for tests of other packages that read the surveys. */
public final class SurveyFixtures {

    /** The owner-satisfaction template the migrations ship: ratings 21, 22, 23; yes/no 24; text 25. */
    public static final long OWNER_TEMPLATE = 2;

    private SurveyFixtures() {}

    public static SurveyService surveyService(EntityManager em, Caller caller, Clock clock) {
        SurveyService service = new SurveyService();
        service.em = em;
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(em, caller);
        service.clock = clock;
        service.config = CaseFixtures.config(clock.getZone());
        return service;
    }
}
