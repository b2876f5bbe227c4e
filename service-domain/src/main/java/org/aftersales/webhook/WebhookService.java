package org.aftersales.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.Refusals;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrator's side of the webhooks (issue 17): subscriptions, the delivery log, the dead letters and their
 * retry. Every act needs {@link Permission#WEBHOOK_ADMIN}; sending is {@link WebhookDispatcher}'s.
 */
@ApplicationScoped
public class WebhookService {

    /** One line of the delivery log: an attempt and the delivery it was for. */
    public record LogLine(WebhookAttempt attempt, WebhookDelivery delivery) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    WebhookSettings settings;

    @Inject
    @ConfigProperty(name = "aftersales.events.kept-days", defaultValue = "90")
    int keptDays = 90;

    WebhookAddresses.Resolver resolver = InetAddress::getAllByName;

    /** For CDI. */
    public WebhookService() {}

    /** A service outside a container (tests), resolving host names with {@code resolver}. */
    public WebhookService(
            EntityManager em,
            Clock clock,
            Caller caller,
            WebhookSettings settings,
            WebhookAddresses.Resolver resolver) {
        this.em = em;
        this.clock = clock;
        this.caller = caller;
        this.settings = settings;
        this.resolver = resolver;
    }

    /**
     * Subscribes {@code url} to the events of {@code kinds}, signed with {@code secret}; it receives the events
     * recorded from now on. Refuses (on the fields {@code url}, {@code kinds}, {@code secret}) an address that is not
     * http/https or is private ({@link WebhookAddresses}), no or unknown kinds, and a secret shorter than
     * {@value WebhookSubscription#SECRET_MIN_LENGTH} or longer than {@value WebhookSubscription#SECRET_MAX_LENGTH}
     * characters.
     */
    @Transactional
    public WebhookSubscription subscribe(String url, Collection<String> kinds, String secret) {
        caller.require(Permission.WEBHOOK_ADMIN);
        Refusals refusals = new Refusals();
        refusals.check(() -> WebhookAddresses.check(url, settings.allowPrivate(), resolver));
        Set<ChangeKind> chosen = EnumSet.noneOf(ChangeKind.class);
        if (kinds == null || kinds.isEmpty()) {
            refusals.add("kinds", "webhook.error.kindsRequired");
        } else {
            for (String kind : kinds) {
                try {
                    chosen.add(ChangeKind.valueOf(String.valueOf(kind)));
                } catch (IllegalArgumentException unknown) {
                    refusals.add("kinds", "webhook.error.kindUnknown", String.valueOf(kind));
                }
            }
        }
        if (secret == null || secret.isBlank()) {
            refusals.add("secret", "webhook.error.secretRequired");
        } else if (secret.length() < WebhookSubscription.SECRET_MIN_LENGTH
                || secret.length() > WebhookSubscription.SECRET_MAX_LENGTH) {
            refusals.add(
                    "secret",
                    "webhook.error.secretLength",
                    WebhookSubscription.SECRET_MIN_LENGTH,
                    WebhookSubscription.SECRET_MAX_LENGTH);
        }
        refusals.throwIfAny();
        Number last =
                (Number) em.createQuery("select max(e.id) from ChangeEvent e").getSingleResult();
        WebhookSubscription subscription =
                new WebhookSubscription(url.strip(), chosen, secret, last == null ? 0 : last.longValue());
        em.persist(subscription);
        em.flush();
        return subscription;
    }

    @Transactional
    public Page<WebhookSubscription> list(PageRequest page) {
        caller.require(Permission.WEBHOOK_ADMIN);
        List<WebhookSubscription> items = em.createQuery(
                        "select s from WebhookSubscription s order by s.id", WebhookSubscription.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(s) from WebhookSubscription s", Long.class)
                .getSingleResult();
        return new Page<>(items, total);
    }

    @Transactional
    public WebhookSubscription find(long id) {
        caller.require(Permission.WEBHOOK_ADMIN);
        WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
        if (subscription == null) {
            throw new NotFoundException("webhook", id);
        }
        return subscription;
    }

    /** Ends the subscription; its queue and its delivery log go with it. */
    @Transactional
    public void delete(long id) {
        WebhookSubscription subscription = find(id);
        em.remove(subscription);
        em.flush();
    }

    /**
     * The deliveries of one subscription (or of all, {@code subscriptionId} null) in {@code status} (or any), newest
     * event first: the dead-letter list is {@code status = DEAD}.
     */
    @Transactional
    public Page<WebhookDelivery> deliveries(Long subscriptionId, DeliveryStatus status, PageRequest page) {
        caller.require(Permission.WEBHOOK_ADMIN);
        String where = " where 1 = 1" + (subscriptionId == null ? "" : " and d.subscriptionId = :subscription")
                + (status == null ? "" : " and d.status = :status");
        var items = em.createQuery(
                "select d from WebhookDelivery d" + where + " order by d.eventId desc, d.id desc",
                WebhookDelivery.class);
        var total = em.createQuery("select count(d) from WebhookDelivery d" + where, Long.class);
        if (subscriptionId != null) {
            items.setParameter("subscription", subscriptionId);
            total.setParameter("subscription", subscriptionId);
        }
        if (status != null) {
            items.setParameter("status", status);
            total.setParameter("status", status);
        }
        return new Page<>(
                items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                total.getSingleResult());
    }

    /** The delivery log, newest attempt first (of one subscription, or of all when {@code subscriptionId} is null). */
    @Transactional
    public Page<LogLine> log(Long subscriptionId, PageRequest page) {
        caller.require(Permission.WEBHOOK_ADMIN);
        String where =
                " where d.id = a.deliveryId" + (subscriptionId == null ? "" : " and d.subscriptionId = :subscription");
        var rows = em.createQuery(
                "select a, d from WebhookAttempt a, WebhookDelivery d" + where
                        + " order by a.attemptedAt desc, a.id desc",
                Object[].class);
        var total = em.createQuery("select count(a) from WebhookAttempt a, WebhookDelivery d" + where, Long.class);
        if (subscriptionId != null) {
            rows.setParameter("subscription", subscriptionId);
            total.setParameter("subscription", subscriptionId);
        }
        List<LogLine> lines = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(row -> new LogLine((WebhookAttempt) row[0], (WebhookDelivery) row[1]))
                .toList();
        return new Page<>(lines, total.getSingleResult());
    }

    /** The delivery {@code deliveryId} of subscription {@code subscriptionId}. */
    @Transactional
    public WebhookDelivery delivery(long subscriptionId, long deliveryId) {
        caller.require(Permission.WEBHOOK_ADMIN);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || delivery.getSubscriptionId() != subscriptionId) {
            throw new NotFoundException("webhookDelivery", deliveryId);
        }
        return delivery;
    }

    /** The attempts of one delivery, oldest first. */
    @Transactional
    public List<WebhookAttempt> attempts(long deliveryId) {
        caller.require(Permission.WEBHOOK_ADMIN);
        return em.createQuery(
                        "select a from WebhookAttempt a where a.deliveryId = :delivery order by a.attemptedAt, a.id",
                        WebhookAttempt.class)
                .setParameter("delivery", deliveryId)
                .getResultList();
    }

    /**
     * Queues a dead letter again, now, with a fresh 24 h window (issue 17: "retry by hand"). Only a dead letter: a
     * pending delivery is being tried already, a delivered one was acknowledged.
     */
    @Transactional
    public WebhookDelivery retry(long deliveryId) {
        caller.require(Permission.WEBHOOK_ADMIN);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null) {
            throw new NotFoundException("webhookDelivery", deliveryId);
        }
        if (delivery.getStatus() != DeliveryStatus.DEAD) {
            throw new BusinessException("webhook.error.notDead");
        }
        delivery.retry(clock.instant());
        em.flush();
        return delivery;
    }

    /**
     * Forgets the delivery log and the finished deliveries older than the events' retention
     * ({@code aftersales.events.kept-days}, 90); returns how many deliveries were forgotten.
     */
    @Transactional
    public int purge() {
        Instant before = clock.instant().minus(Duration.ofDays(Math.max(1, keptDays)));
        em.createQuery("delete from WebhookAttempt a where a.attemptedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
        return em.createQuery("delete from WebhookDelivery d where d.status <> :pending and d.finishedAt < :before")
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("before", before)
                .executeUpdate();
    }
}
