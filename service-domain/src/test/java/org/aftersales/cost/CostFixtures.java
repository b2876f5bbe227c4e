package org.aftersales.cost;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.staff.Caller;

/** The cost services wired by hand on one entity manager, as the container would inject them. */
public final class CostFixtures {

    private CostFixtures() {}

    public static ExpenseStandardService expenseStandards(EntityManager em, Caller caller, Clock clock) {
        ExpenseStandardService service = new ExpenseStandardService();
        service.em = em;
        service.caller = caller;
        service.config = CaseFixtures.config(clock.getZone());
        service.clock = clock;
        return service;
    }

    public static ServiceCostService costService(EntityManager em, Caller caller, Clock clock) {
        ServiceCostService service = new ServiceCostService();
        service.em = em;
        service.caller = caller;
        service.cases = CaseFixtures.caseService(em, caller, clock);
        service.clock = clock;
        service.standards = expenseStandards(em, caller, clock);
        service.plans = org.aftersales.costplan.CostPlanFixtures.costPlanService(em, caller, clock);
        return service;
    }
}
