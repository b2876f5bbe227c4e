package org.aftersales.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.aftersales.changelog.ChangeEvent;
import org.aftersales.changelog.ChangeKind;

/**
 * Pushes the change log to the webhook subscriptions (issue 17, "Events to the ERP"): at least once, in order per
 * resource, with back-off, and a dead letter after 24 h.
 *
 * <ol>
 *   <li><b>Queue</b>: each subscription's cursor ({@code last_event_id}) moves over the change log; each event of its
 *       kinds becomes a PENDING {@link WebhookDelivery}. The change log's ids follow the commits ({@link
 *       org.aftersales.changelog.ChangeLog}), so continuing after the cursor skips nothing. The cursor moves with
 *       {@code UPDATE … WHERE last_event_id = <the value read>}: of two instances queueing at once, the second waits on
 *       the row lock, then changes nothing and queues nothing.
 *   <li><b>Claim</b>: a delivery is due when it is PENDING, its next attempt has come and no earlier event of the same
 *       resource is PENDING for the same subscription (order per resource; a DEAD one no longer holds the queue).
 *       An instance claims it with {@code UPDATE … SET claimed_until = now + lease WHERE … claimed_until IS NULL OR
 *       claimed_until < now}: one instance sends it; if that instance dies mid-way the lease runs out and another
 *       sends it again (at least once). Portable to H2 and PostgreSQL, like the breach sweep's claim.
 *   <li><b>Send</b>, outside any transaction: the body signed ({@link WebhookSignature}); a 2xx acknowledges it.
 *   <li><b>Record</b>: the attempt in the delivery log ({@link WebhookAttempt}); DELIVERED, or the next attempt after
 *       the back-off, or DEAD after 24 h ({@link WebhookRetry}).
 * </ol>
 */
@ApplicationScoped
public class WebhookDispatcher {

    /** Runs work in a transaction of its own ({@link WebhookTransactions} in the container). */
    public interface Transactions {
        <T> T inNew(Supplier<T> work);
    }

    /** What one instance took to send. */
    record Claim(long deliveryId, URI url, String secret, String body) {}

    /** At most this many events are queued per subscription and run, and claimed per query. */
    static final int BATCH = 200;

    /** How long a claim holds: longer than one delivery's timeouts, short enough to pass to another instance soon. */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** A round stops starting deliveries after this long, so a slow receiver cannot keep one thread forever. */
    static final Duration ROUND_BUDGET = Duration.ofSeconds(50);

    private static final String PENDING = DeliveryStatus.PENDING.name();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookSender sender;

    /** For CDI. */
    public WebhookDispatcher() {}

    /** A dispatcher on {@code em} outside a container (tests). */
    public WebhookDispatcher(EntityManager em, Clock clock, WebhookSettings settings, WebhookSender sender) {
        this.em = em;
        this.clock = clock;
        this.settings = settings;
        this.sender = sender;
    }

    /**
     * One round: queues the new events, then sends what is due, each step in a transaction of its own, until nothing
     * is due or the round's budget is spent.
     *
     * @return how many deliveries were acknowledged
     */
    public int deliverDue(Transactions transactions) {
        transactions.inNew(this::queue);
        long deadline = System.nanoTime() + ROUND_BUDGET.toNanos();
        int acknowledged = 0;
        for (; ; ) {
            List<Long> due = transactions.inNew(this::due);
            int sent = 0;
            for (Long id : due) {
                if (System.nanoTime() > deadline) {
                    return acknowledged;
                }
                Optional<Claim> claim = transactions.inNew(() -> claim(id));
                if (claim.isEmpty()) {
                    continue;
                }
                sent++;
                Instant at = clock.instant();
                String signature = WebhookSignature.header(
                        claim.get().secret(), at.getEpochSecond(), claim.get().body());
                long started = System.nanoTime();
                WebhookSender.Answer answer = send(claim.get(), signature);
                long durationMs = (System.nanoTime() - started) / 1_000_000;
                transactions.inNew(() -> record(id, at, answer, durationMs));
                if (answer.acknowledged()) {
                    acknowledged++;
                }
            }
            if (sent == 0) {
                return acknowledged;
            }
        }
    }

    /** Sends; a sender that fails unexpectedly counts as a failed attempt, so the delivery still backs off. */
    private WebhookSender.Answer send(Claim claim, String signature) {
        try {
            return sender.post(claim.url(), signature, claim.body());
        } catch (RuntimeException failed) {
            return new WebhookSender.Answer(null, failed.getClass().getSimpleName() + ": " + failed.getMessage());
        }
    }

    /** Queues the events after each subscription's cursor (see the class comment); returns how many were queued. */
    int queue() {
        Instant now = clock.instant();
        int queued = 0;
        List<WebhookSubscription> subscriptions = em.createQuery(
                        "select s from WebhookSubscription s order by s.id", WebhookSubscription.class)
                .getResultList();
        for (WebhookSubscription subscription : subscriptions) {
            em.refresh(subscription); // the cursor as committed now, not as a longer-lived context last saw it
            List<ChangeEvent> events = em.createQuery(
                            "select e from ChangeEvent e where e.id > :after order by e.id", ChangeEvent.class)
                    .setParameter("after", subscription.getLastEventId())
                    .setMaxResults(BATCH)
                    .getResultList();
            if (events.isEmpty()) {
                continue;
            }
            int moved = em.createNativeQuery("UPDATE webhook_subscription SET last_event_id = ?1"
                            + " WHERE id = ?2 AND last_event_id = ?3")
                    .setParameter(1, events.get(events.size() - 1).getId())
                    .setParameter(2, subscription.getId())
                    .setParameter(3, subscription.getLastEventId())
                    .executeUpdate();
            if (moved != 1) {
                continue; // another instance queued them
            }
            Set<ChangeKind> kinds = subscription.getKinds();
            for (ChangeEvent event : events) {
                if (kinds.contains(event.getKind())) {
                    em.persist(new WebhookDelivery(
                            subscription.getId(),
                            event.getId(),
                            event.getKind(),
                            event.getResource(),
                            body(event, settings.apiRoot()),
                            now));
                    queued++;
                }
            }
        }
        em.flush();
        return queued;
    }

    /** The deliveries due now, oldest event first: pending, their time come, unclaimed, first in their resource's queue. */
    List<Long> due() {
        return em.createQuery(
                        "select d.id from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now"
                                + " and (d.claimedUntil is null or d.claimedUntil < :now)"
                                + " and not exists (select e.id from WebhookDelivery e"
                                + " where e.subscriptionId = d.subscriptionId and e.resource = d.resource"
                                + " and e.status = :pending and e.eventId < d.eventId)"
                                + " order by d.eventId",
                        Long.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Claims delivery {@code id} for this instance if it is still due and no one holds it (see the class comment). */
    Optional<Claim> claim(long id) {
        Instant now = clock.instant();
        int claimed = em.createNativeQuery("UPDATE webhook_delivery SET claimed_until = ?1"
                        + " WHERE id = ?2 AND status = ?3 AND next_attempt_at <= ?4"
                        + " AND (claimed_until IS NULL OR claimed_until < ?4)"
                        + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery e"
                        + " WHERE e.subscription_id = webhook_delivery.subscription_id"
                        + " AND e.resource = webhook_delivery.resource AND e.status = ?3"
                        + " AND e.event_id < webhook_delivery.event_id)")
                .setParameter(1, Timestamp.from(now.plus(LEASE)))
                .setParameter(2, id)
                .setParameter(3, PENDING)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        WebhookSubscription subscription =
                delivery == null ? null : em.find(WebhookSubscription.class, delivery.getSubscriptionId());
        if (subscription == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Claim(id, URI.create(subscription.getUrl()), subscription.getSecret(), delivery.getBody()));
    }

    /** Records the attempt at {@code at} and where the delivery stands now; frees the claim. */
    Void record(long id, Instant at, WebhookSender.Answer answer, long durationMs) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        if (delivery == null || delivery.getStatus() != DeliveryStatus.PENDING) {
            return null; // its subscription was deleted meanwhile
        }
        String error = answer.error() == null ? null : shortened(answer.error());
        em.persist(new WebhookAttempt(id, at, answer.statusCode(), error, durationMs));
        if (answer.acknowledged()) {
            delivery.delivered(answer.statusCode(), at);
        } else {
            delivery.failed(answer.statusCode(), error, at, settings.retryBase());
        }
        em.flush();
        em.createNativeQuery("UPDATE webhook_delivery SET claimed_until = NULL WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        return null;
    }

    private static String shortened(String error) {
        return error.length() > WebhookAttempt.ERROR_LENGTH ? error.substring(0, WebhookAttempt.ERROR_LENGTH) : error;
    }

    /**
     * The event as JSON, the same as {@code GET /api/events} gives it (its members in the same, alphabetical order; no
     * {@code externalId} when there is none), the resource's URL under {@code apiRoot}.
     */
    public static String body(ChangeEvent event, String apiRoot) {
        List<String> members = new ArrayList<>();
        members.add(member(
                "at", quoted(DateTimeFormatter.ISO_INSTANT.format(event.getAt().truncatedTo(ChronoUnit.SECONDS)))));
        if (event.getExternalId() != null) {
            members.add(member("externalId", quoted(event.getExternalId())));
        }
        members.add(member("id", String.valueOf(event.getId())));
        members.add(member("kind", quoted(event.getKind().name())));
        members.add(member(
                "resource",
                quoted(URI.create(apiRoot).resolve(event.getResource()).toString())));
        return "{" + String.join(",", members) + "}";
    }

    private static String member(String name, String json) {
        return quoted(name) + ":" + json;
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
