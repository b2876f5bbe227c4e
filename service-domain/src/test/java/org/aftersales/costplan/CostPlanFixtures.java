package org.aftersales.costplan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.policy.PolicyFixtures;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.staff.Caller;

/** The cost plan service wired by hand on one entity manager, for tests of other packages that read the plans. */
public final class CostPlanFixtures {

    private CostPlanFixtures() {}

    public static CostPlanService costPlanService(EntityManager em, Caller caller, Clock clock) {
        CostPlanService service = new CostPlanService();
        service.em = em;
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(em, caller);
        service.policy = PolicyFixtures.policyService(em, caller);
        service.clock = clock;
        service.changeLog = new ChangeLog(service.em, clock);
        return service;
    }
}
