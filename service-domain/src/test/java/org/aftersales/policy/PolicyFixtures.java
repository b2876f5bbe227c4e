package org.aftersales.policy;

import jakarta.persistence.EntityManager;
import org.aftersales.staff.Caller;
import org.aftersales.testing.RecordingEvent;

/** A {@link PolicyService} wired by hand, for services under test that read (or change) the policy numbers. */
public final class PolicyFixtures {

    private PolicyFixtures() {}

    public static PolicyService policyService(EntityManager em, Caller caller) {
        PolicyService service = new PolicyService();
        service.em = em;
        service.caller = caller;
        service.changed = new RecordingEvent<>();
        return service;
    }
}
