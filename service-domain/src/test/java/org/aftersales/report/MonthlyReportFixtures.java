package org.aftersales.report;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.aftersales.costplan.CostPlanFixtures;
import org.aftersales.followup.FollowUpFixtures;
import org.aftersales.retention.RetentionFixtures;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.staff.Caller;
import org.aftersales.survey.SurveyFixtures;

/** The monthly report services wired by hand on one entity manager, as the container would inject them. */
public final class MonthlyReportFixtures {

    private MonthlyReportFixtures() {}

    public static MonthlyReportService monthlyReportService(EntityManager em, Caller caller, Clock clock) {
        MonthlyReportService service = new MonthlyReportService();
        service.em = em;
        service.caller = caller;
        service.clock = clock;
        service.config = CaseFixtures.config(clock.getZone());
        service.retentions = RetentionFixtures.retentionService(em, caller, clock);
        service.costPlans = CostPlanFixtures.costPlanService(em, caller, clock);
        service.followUps = FollowUpFixtures.followUpService(em, caller, clock);
        service.returnVisits = FollowUpFixtures.returnVisitService(em, caller, clock);
        service.surveys = SurveyFixtures.surveyService(em, caller, clock);
        return service;
    }
}
