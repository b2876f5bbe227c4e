package org.aftersales.changelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The change log (outbox) the ERP reads to learn what happened here (issue 17: "written in the same transaction as the
 * change — an event exists iff its change committed"; {@code GET /api/events?after=}).
 *
 * <p>The order of the ids is the order of the commits, so a reader that continues after the last id it saw never
 * skips an event whose transaction committed late: each event takes its id from one counter row
 * ({@code change_log_counter}) whose lock it holds until its transaction ends — the next writer waits for that commit
 * (or rollback, which gives the id back) before it gets the next id. No id is ever visible before a smaller one. The
 * price is that writers of events follow one another from their {@link #record} to their commit; so {@link #record}
 * is the last step of an act: it writes the act's own changes first (every row lock the act needs is taken before the
 * counter's), and nothing waits on a row while it holds the counter — no deadlock between two acts.
 */
@ApplicationScoped
public class ChangeLog {

    /** The most events one page of {@link #after} gives. */
    public static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "aftersales.events.kept-days", defaultValue = "90")
    int keptDays = 90;

    /** For CDI. */
    public ChangeLog() {}

    /** A change log on {@code em} outside a container (tests, tools): every caller may read it. */
    public ChangeLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Records that {@code kind} happened to {@code resource}, in the caller's transaction: the event exists if and only
     * if that transaction commits. Call it as the act's last step (see the class comment).
     *
     * @param resource the resource's path below the API's root, e.g. {@code cases/42}
     * @param externalId the ERP's key of the resource, or null
     */
    @Transactional(TxType.MANDATORY)
    public ChangeEvent record(ChangeKind kind, String resource, String externalId) {
        em.flush();
        em.createNativeQuery("UPDATE change_log_counter SET last_id = last_id + 1 WHERE id = 1")
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT last_id FROM change_log_counter WHERE id = 1")
                        .getSingleResult())
                .longValue();
        ChangeEvent event = new ChangeEvent(id, kind, clock.instant(), resource, externalId);
        em.persist(event);
        em.flush();
        return event;
    }

    /** The events after {@code afterId}, oldest first, at most {@code size} ({@value #MAX_PAGE} at most). */
    @Transactional
    public List<ChangeEvent> after(long afterId, int size) {
        if (caller != null) {
            caller.require(Permission.CHANGE_LOG_READ);
        }
        return em.createQuery("select e from ChangeEvent e where e.id > :after order by e.id", ChangeEvent.class)
                .setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList();
    }

    /** Forgets the events older than the retention period ({@code aftersales.events.kept-days}, 90); returns how many. */
    @Transactional
    public int purge() {
        return em.createQuery("delete from ChangeEvent e where e.at < :before")
                .setParameter("before", clock.instant().minus(Duration.ofDays(Math.max(1, keptDays))))
                .executeUpdate();
    }
}
