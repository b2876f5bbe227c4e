package org.aftersales.cost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * The company's expense standards (R-C7): what is in force on a day, the history of every setting, and setting a new
 * rate or limit from a day on (Finance, the general manager). Until a standard is set its default applies.
 */
@ApplicationScoped
public class ExpenseStandardService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AftersalesConfig config;

    @Inject
    Clock clock;

    /** The standards in force today, in the configured zone. */
    @Transactional
    public ExpenseStandards current() {
        return inForceOn(LocalDate.now(clock.withZone(config.zone())));
    }

    /** The standards in force on {@code day}: per kind the latest setting valid from that day or before. */
    @Transactional
    public ExpenseStandards inForceOn(LocalDate day) {
        ExpenseStandards defaults = ExpenseStandards.defaults();
        Map<ExpenseKind, Money> amounts = new EnumMap<>(defaults.amounts());
        TravelClass travelClass = defaults.travelClass();
        List<ExpenseStandard> settings = em.createQuery(
                        "select s from ExpenseStandard s where s.validFrom <= :day"
                                + " order by s.validFrom, s.createdAt, s.id",
                        ExpenseStandard.class)
                .setParameter("day", day)
                .getResultList();
        for (ExpenseStandard setting : settings) {
            if (setting.getKind().isTravelClass()) {
                travelClass = setting.getTravelClass();
            } else {
                amounts.put(setting.getKind(), setting.getAmount());
            }
        }
        return new ExpenseStandards(amounts, travelClass);
    }

    /** Every setting, newest first. */
    @Transactional
    public List<ExpenseStandard> history() {
        return em.createQuery(
                        "select s from ExpenseStandard s order by s.validFrom desc, s.createdAt desc, s.id desc",
                        ExpenseStandard.class)
                .setMaxResults(500)
                .getResultList();
    }

    /**
     * Sets a rate or limit from {@code validFrom} on (today when not given); not for a day already past, so the costs
     * already checked keep the standard they were checked against.
     */
    @Transactional
    public ExpenseStandard set(
            ExpenseKind kind, Money amount, TravelClass travelClass, LocalDate validFrom, String reason) {
        caller.require(Permission.EXPENSE_STANDARD_EDIT);
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        LocalDate from = validFrom == null ? today : validFrom;
        if (from.isBefore(today)) {
            throw new BusinessException("validFrom", "expense.error.validFromPast");
        }
        ExpenseStandard setting = new ExpenseStandard(kind, amount, travelClass, from, reason);
        em.persist(setting);
        return setting;
    }
}
