package org.aftersales.servicecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The acts' idempotency keys (API.md; issue 16). Each step is a transaction of its own, outside the act's: the claim
 * commits before the act runs, so a second request with the same key — a double tap, a retry after a lost answer —
 * finds it (the key is the primary key: of two at the same moment, one insert fails) and never runs the act again.
 * The act's own transaction stays as it is; its response is kept once it answered.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** How long a key is kept (issue 16: "keys are kept in the database for 7 days"). */
    public static final Duration KEPT = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<IdempotencyKey> find(String key) {
        return Optional.ofNullable(em.find(IdempotencyKey.class, key));
    }

    /**
     * Claims {@code key} for a request about to run. Fails (with the persistence provider's exception, at commit)
     * when another request claimed it first; the caller then reads that one with {@link #find}.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void claim(String key, String username, String method, String path) {
        em.persist(new IdempotencyKey(key, username, method, path, clock.instant()));
        em.flush();
    }

    /** Keeps the response of the request that claimed {@code key}. */
    @Transactional(TxType.REQUIRES_NEW)
    public void complete(String key, String requestHash, int status, String type, String location, String body) {
        IdempotencyKey claimed = em.find(IdempotencyKey.class, key);
        if (claimed != null) {
            claimed.complete(requestHash, status, type, location, body, clock.instant());
        }
    }

    /** Gives {@code key} up: the act did not happen (the server failed), so the same key may try it again. */
    @Transactional(TxType.REQUIRES_NEW)
    public void release(String key) {
        em.createQuery("delete from IdempotencyKey k where k.key = :key and k.state = :inProgress")
                .setParameter("key", key)
                .setParameter("inProgress", IdempotencyKey.State.IN_PROGRESS)
                .executeUpdate();
    }

    /** Forgets keys older than {@link #KEPT}; returns how many. */
    @Transactional
    public int purge() {
        Instant before = clock.instant().minus(KEPT);
        return em.createQuery("delete from IdempotencyKey k where k.createdAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
