package org.aftersales.cost;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.staff.Caller;

/** A {@link ServiceCostService} wired by hand, for tests of other packages that book actual costs (R-C3). */
public final class CostFixtures {

    private CostFixtures() {}

    public static ServiceCostService costService(EntityManager em, Caller caller, Clock clock) {
        ServiceCostService service = new ServiceCostService();
        service.em = em;
        service.caller = caller;
        service.cases = CaseFixtures.caseService(em, caller, clock);
        service.clock = clock;
        return service;
    }
}
