package org.aftersales.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/** Reads and changes the policy numbers (R-O2). */
@ApplicationScoped
public class PolicyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<PolicyChanged> changed;

    /** The value in force now; the default when the parameter was never stored. */
    @Transactional
    public BigDecimal current(PolicyKey key) {
        return find(key).getValue();
    }

    /** Transactional itself: {@link #current} called from here is not intercepted, and may store the default. */
    @Transactional
    public int currentWhole(PolicyKey key) {
        return current(key).intValueExact();
    }

    /** The number's history, to read what it was on a past day (see {@link PolicyTimeline}). */
    @Transactional
    public PolicyTimeline timeline(PolicyKey key) {
        List<PolicyTimeline.Step> steps = em
                .createQuery(
                        "select c from PolicyChange c where c.key = :key order by c.createdAt, c.id",
                        PolicyChange.class)
                .setParameter("key", key)
                .getResultList()
                .stream()
                .map(c -> new PolicyTimeline.Step(c.getCreatedAt(), c.getOldValue(), c.getNewValue()))
                .toList();
        return new PolicyTimeline(find(key).getValue(), steps);
    }

    @Transactional
    public List<PolicyParameter> all() {
        for (PolicyKey key : PolicyKey.values()) {
            find(key);
        }
        return em.createQuery("select p from PolicyParameter p order by p.key", PolicyParameter.class)
                .getResultList();
    }

    @Transactional
    public PolicyChange change(PolicyKey key, BigDecimal newValue, String approvalReference, String reason) {
        caller.require(Permission.POLICY_EDIT);
        PolicyChange change = find(key).change(newValue, approvalReference, reason);
        em.persist(change);
        changed.fire(new PolicyChanged(key));
        return change;
    }

    @Transactional
    public List<PolicyChange> history() {
        return em.createQuery("select c from PolicyChange c order by c.createdAt desc, c.id desc", PolicyChange.class)
                .setMaxResults(500)
                .getResultList();
    }

    private PolicyParameter find(PolicyKey key) {
        List<PolicyParameter> found = em.createQuery(
                        "select p from PolicyParameter p where p.key = :key", PolicyParameter.class)
                .setParameter("key", key)
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        PolicyParameter created = new PolicyParameter(key);
        em.persist(created);
        return created;
    }
}
