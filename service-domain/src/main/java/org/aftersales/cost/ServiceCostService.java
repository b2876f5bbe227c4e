package org.aftersales.cost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.aftersales.servicecase.CaseActs;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.Money;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * The actual costs of a service (R-S12): the engineer books them against the case by category; anyone who may see
 * the case sees its cost statistics. Each booking is its own row and a line on the case's timeline: it changes neither the
 * case's head nor any of its parts, so it moves no version of the case and is never refused for an act on the case at
 * the same moment — an arrival entered on the phone, say (issue 16).
 */
@ApplicationScoped
public class ServiceCostService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ServiceCaseService cases;

    @Inject
    Clock clock;

    @Inject
    ExpenseStandardService standards;

    @Inject
    org.aftersales.costplan.CostPlanService plans;

    /** Books one cost line against the case. */
    @Transactional
    public ServiceCost record(
            long caseId, CostCategory category, String description, Money amount, BigDecimal hours, Money rate) {
        return record(caseId, category, description, amount, hours, rate, ServiceCost.StandardFacts.NONE);
    }

    /**
     * Books one cost line with what the expense-standard check needs (nights and city tier of accommodation, the
     * class or allowance days of travel), checks it against the standards in force today (R-C7) and judges it against
     * the project's cost plan (R-C1, R-C2): a line outside them is booked and flagged.
     */
    @Transactional
    public ServiceCost record(
            long caseId,
            CostCategory category,
            String description,
            Money amount,
            BigDecimal hours,
            Money rate,
            ServiceCost.StandardFacts facts) {
        caller.require(Permission.COST_RECORD);
        ServiceCase serviceCase = cases.find(caseId);
        ServiceCost cost = new ServiceCost(serviceCase, category, description, amount, hours, rate, facts);
        cost.checkAgainst(standards.current());
        // R-C1, R-C2: judged against the project's cost plan before the line is stored (it must not count itself).
        cost.flagAgainstPlan(plans.judgeBooking(serviceCase.getProject(), cost.getCategory(), cost.getAmount())
                .orElse(null));
        em.persist(cost);
        Instant now = clock.instant();
        serviceCase.recordCostBooked(cost.getCategory() + " " + cost.getAmount() + " " + cost.getDescription(), now);
        CaseActs.saved(em, serviceCase);
        return cost;
    }

    /** The case's cost lines and totals by category. */
    @Transactional
    public CostStatement statement(long caseId) {
        ServiceCase serviceCase = cases.find(caseId);
        return new CostStatement(
                serviceCase.getId(),
                serviceCase.getNumber(),
                em.createQuery(
                                "select c from ServiceCost c where c.serviceCase = :serviceCase order by c.createdAt, c.id",
                                ServiceCost.class)
                        .setParameter("serviceCase", serviceCase)
                        .getResultList());
    }

    /**
     * R-C7: the latest cost lines outside the expense standards, newest first, for the supervisor's dashboard (at most
     * {@code max}, 1 … 500).
     */
    @Transactional
    public java.util.List<ServiceCost> outsideStandard(int max) {
        caller.require(Permission.EXPENSE_FLAG_VIEW);
        return em.createQuery(
                        "select c from ServiceCost c join fetch c.serviceCase where c.standardDeviation is not null"
                                + " order by c.createdAt desc, c.id desc",
                        ServiceCost.class)
                .setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList();
    }

    /**
     * R-C1, R-C2: the latest cost lines flagged against their project's cost plan, newest first — for the specialist's
     * and the general manager's dashboard (at most {@code max}, 1 … 500).
     */
    @Transactional
    public java.util.List<ServiceCost> flaggedAgainstPlan(int max) {
        caller.require(Permission.EXPENSE_FLAG_VIEW);
        return em.createQuery(
                        "select c from ServiceCost c join fetch c.serviceCase where c.planDeviation is not null"
                                + " order by c.createdAt desc, c.id desc",
                        ServiceCost.class)
                .setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList();
    }

    /** One cost line of the case; "not found" for a line of another case or one the caller may not see. */
    @Transactional
    public ServiceCost find(long caseId, long costId) {
        ServiceCase serviceCase = cases.find(caseId);
        ServiceCost cost = em.find(ServiceCost.class, costId);
        if (cost == null || !serviceCase.equals(cost.getServiceCase())) {
            throw new NotFoundException("serviceCost", costId);
        }
        return cost;
    }
}
