package org.aftersales.paidservice;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.policy.PolicyFixtures;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.staff.Caller;

/** The paid-service services wired by hand on one entity manager, as the container would inject them. */
public final class PaidServiceFixtures {

    private PaidServiceFixtures() {}

    public static QuotationService quotationService(EntityManager em, Caller caller, Clock clock) {
        QuotationService service = new QuotationService();
        service.em = em;
        service.caller = caller;
        service.cases = CaseFixtures.caseService(em, caller, clock);
        service.policy = PolicyFixtures.policyService(em, caller);
        service.clock = clock;
        service.changeLog = new ChangeLog(service.em, clock);
        return service;
    }
}
