package org.aftersales.servicecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.notification.NotificationKind;
import org.aftersales.notification.NotificationService;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Role;

/**
 * The breach sweep (R-S5; issue 3, Clocks): finds the clocks whose due time passed unmet, and tells the people
 * responsible once — the case's lead (the after-sales specialist, who runs after-sales for every project, R-L5) and
 * the engineers sent, in the portal and by e-mail — and escalates each breach to the division leader.
 *
 * <p>A clock counts when it is unmet, not paused (a paused clock's due time moves on with the pause), its case still
 * open (a closed case's clock is stopped) and its due time before now. It is notified exactly once, also when several
 * application instances sweep at the same moment: each claims the clock with
 * {@code UPDATE … SET breach_notified_at = now WHERE id = ? AND breach_notified_at IS NULL} and only the one whose update
 * changed the row notifies. The other waits on the row lock and then finds the column set: portable to H2 and
 * PostgreSQL, unlike {@code SKIP LOCKED}. The claim and the notifications commit together, so a failed run leaves the
 * clock for the next one.
 *
 * <p>The claim bypasses the case's version on purpose: a sweep must never make a person's concurrent act on the case
 * fail as a stale edit.
 */
@ApplicationScoped
public class BreachSweep {

    /** At most this many breaches per run, so a backlog (a server down for a day) is worked off in short commits. */
    public static final int BATCH = 100;

    /** Who is told of a breach besides the engineers sent: the lead of every after-sales phase (R-L5). */
    static final Set<Role> RESPONSIBLE = Set.of(Role.AFTER_SALES_SPECIALIST);

    /** Where a breach escalates (issue 3: "escalates to the division leader"). */
    static final Set<Role> ESCALATION = Set.of(Role.DIVISION_LEADER);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    @Inject
    AftersalesConfig config;

    @Inject
    NotificationService notifications;

    /**
     * One run: claims and notifies the breaches not yet notified.
     *
     * @return the breaches this run notified (0 when another instance got there first)
     */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        List<SlaClock> breached = em.createQuery(
                        "select k from SlaClock k join fetch k.serviceCase sc"
                                + " where k.breachNotifiedAt is null and k.metAt is null and k.stoppedAt is null"
                                + " and k.pausedSince is null and k.dueAt < :now order by k.dueAt, k.id",
                        SlaClock.class)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        List<SlaClock> claimed = new ArrayList<>();
        for (SlaClock breach : breached) {
            if (claim(breach, now)) {
                notifyBreach(breach);
                claimed.add(breach);
            }
        }
        // Issue 17: each breach once in the change log, after every clock this run claimed (ChangeLog: its last step).
        for (SlaClock breach : claimed) {
            changeLog.record(
                    ChangeKind.SLA_BREACHED, "cases/" + breach.getServiceCase().getId(), null);
        }
        return claimed.size();
    }

    /** Sets the clock's breach_notified_at if no one did yet: whether this run got it. */
    private boolean claim(SlaClock breach, Instant now) {
        return em.createNativeQuery("UPDATE service_case_clock SET breach_notified_at = ?1"
                                + " WHERE id = ?2 AND breach_notified_at IS NULL")
                        .setParameter(1, Timestamp.from(now))
                        .setParameter(2, breach.getId())
                        .executeUpdate()
                == 1;
    }

    private void notifyBreach(SlaClock breach) {
        ServiceCase serviceCase = breach.getServiceCase();
        String dueAt = SHOWN.format(breach.getDueAt().atZone(config.zone()));
        List<AppUser> responsible = new ArrayList<>(notifications.usersInRoles(RESPONSIBLE));
        serviceCase.approvedDispatch().ifPresent(dispatch -> responsible.addAll(dispatch.getEngineers()));
        notifications.notifyUsers(responsible, NotificationKind.CLOCK_BREACHED, serviceCase, breach.getKind(), dueAt);
        notifications.notifyRoles(ESCALATION, NotificationKind.BREACH_ESCALATED, serviceCase, breach.getKind(), dueAt);
    }
}
