package org.aftersales.followup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.aftersales.persistence.DatabaseReady;
import org.aftersales.policy.PolicyChanged;
import org.aftersales.policy.PolicyKey;
import org.aftersales.policy.PolicyService;
import org.aftersales.project.HandoverChanged;
import org.aftersales.project.Project;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Keeps each project's next owner contact due date in its row (scale issue 14, R-F2), the one place that writes it:
 * by {@link FollowUpCadence#dueDate} from the last contact that reached the owner, else from provisional handover
 * with the follow-up period in force. The planner reads projects in that column's order from an index
 * ({@link FollowUpDueQuery}).
 *
 * <p>Planned again whenever an input changes, in the same transaction: a contact is logged
 * ({@link FollowUpService#log}), the handover dates change ({@link HandoverChanged}), the follow-up period changes
 * ({@link PolicyChanged}: every handed-over project, a rare edit). At start-up the projects handed over without a date
 * yet are planned (those from before the column, and those the demo data stores directly); once all have one, a start
 * finds nothing to do: one query.
 */
@ApplicationScoped
public class FollowUpPlan {

    private static final Logger LOG = Logger.getLogger(FollowUpPlan.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyService policy;

    @Inject
    FollowUpPlan self;

    /** Plans {@code project} from its last reached contact, or from its provisional handover. */
    @Transactional
    public void replan(Project project) {
        OwnerFollowUp reached = project.getId() == null
                ? null
                : em
                        .createQuery(
                                "select f from OwnerFollowUp f where f.project = :project and f.reached = :yes"
                                        + " order by f.contactedAt desc, f.id desc",
                                OwnerFollowUp.class)
                        .setParameter("project", project)
                        .setParameter("yes", Boolean.TRUE)
                        // Bound, not printed: EclipseLink's H2 platform prints a Boolean as 1, which H2 2.x refuses.
                        .setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE)
                        .setMaxResults(1)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null);
        plan(project, reached, policy.currentWhole(PolicyKey.FOLLOW_UP_DAYS));
    }

    /**
     * Plans every handed-over project ({@code onlyUnplanned}: those without a date yet) in three statements and the
     * updates. Returns how many were planned.
     */
    @Transactional
    public int replanAll(boolean onlyUnplanned) {
        List<Project> projects = em.createQuery(
                        "select p from Project p where p.provisionalHandoverDate is not null"
                                + (onlyUnplanned ? " and p.followUpDueDate is null" : ""),
                        Project.class)
                .getResultList();
        if (projects.isEmpty()) {
            return 0;
        }
        Map<Long, OwnerFollowUp> reached = new HashMap<>();
        em.createQuery(
                        "select f from OwnerFollowUp f where f.reached = :yes and not exists (select g from"
                                + " OwnerFollowUp g where g.project = f.project and g.reached = :yes and"
                                + " (g.contactedAt > f.contactedAt or (g.contactedAt = f.contactedAt and g.id > f.id)))",
                        OwnerFollowUp.class)
                .setParameter("yes", Boolean.TRUE)
                .setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE)
                .getResultList()
                .forEach(f -> reached.put(f.getProject().getId(), f));
        int period = policy.currentWhole(PolicyKey.FOLLOW_UP_DAYS);
        for (Project project : projects) {
            plan(project, reached.get(project.getId()), period);
        }
        return projects.size();
    }

    private static void plan(Project project, OwnerFollowUp reached, int period) {
        LocalDate handover = project.getProvisionalHandoverDate();
        if (handover == null) {
            project.planFollowUp(null, null);
            return;
        }
        project.planFollowUp(
                FollowUpCadence.dueDate(handover, reached == null ? null : reached.getNextDueDate(), period),
                reached == null ? null : reached.getId());
    }

    /** In the transaction that saved the dates. */
    void onHandoverChanged(@Observes HandoverChanged changed) {
        replan(changed.project());
    }

    /** In the transaction that changed the period: the first contact of a project not reached yet moves with it. */
    void onPolicyChanged(@Observes PolicyChanged changed) {
        if (changed.key() == PolicyKey.FOLLOW_UP_DAYS) {
            replanAll(false);
        }
    }

    /** After the demo data (default priority), before the knowledge index is built (APPLICATION + 900). */
    void onDatabaseReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 850) DatabaseReady ready) {
        int planned = self.replanAll(true);
        if (planned > 0) {
            LOG.info(() -> "Next owner contact planned for " + planned + " projects handed over without a date yet");
        }
    }
}
