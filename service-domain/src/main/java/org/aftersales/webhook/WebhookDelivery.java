package org.aftersales.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.aftersales.changelog.ChangeKind;

/**
 * One change-log event queued for one subscription (issue 17), with the body it is sent as, where it stands and what
 * its last attempt answered. The attempts themselves are the delivery log ({@link WebhookAttempt}).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "aftersales_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private ChangeKind kind;

    /** The event's resource path ({@code cases/42}): the queue an event waits in. */
    @Column(name = "resource", nullable = false, length = 200, updatable = false)
    private String resource;

    /** The event as JSON, as {@code GET /api/events} gives it: what is sent and signed. */
    @Column(name = "body", nullable = false, length = 4000, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "first_attempt_at")
    private Instant firstAttemptAt;

    /** An instance's lease on the delivery while it sends it; set and cleared by the dispatcher's own statements. */
    @Column(name = "claimed_until", insertable = false, updatable = false)
    private Instant claimedUntil;

    /** When it was acknowledged or became a dead letter. */
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected WebhookDelivery() {}

    WebhookDelivery(long subscriptionId, long eventId, ChangeKind kind, String resource, String body, Instant now) {
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.kind = kind;
        this.resource = resource;
        this.body = body;
        this.status = DeliveryStatus.PENDING;
        this.queuedAt = now;
        this.nextAttemptAt = now;
    }

    /** The receiver acknowledged it. */
    void delivered(int statusCode, Instant at) {
        attempts++;
        firstAttemptAt = firstAttemptAt == null ? at : firstAttemptAt;
        status = DeliveryStatus.DELIVERED;
        finishedAt = at;
        lastStatus = statusCode;
        lastError = null;
    }

    /** An attempt at {@code at} failed: tried again later, or dead after 24 h ({@link WebhookRetry}). */
    void failed(Integer statusCode, String error, Instant at, java.time.Duration retryBase) {
        attempts++;
        firstAttemptAt = firstAttemptAt == null ? at : firstAttemptAt;
        lastStatus = statusCode;
        lastError = error;
        WebhookRetry.nextAttempt(firstAttemptAt, attempts, at, retryBase)
                .ifPresentOrElse(next -> nextAttemptAt = next, () -> {
                    status = DeliveryStatus.DEAD;
                    finishedAt = at;
                });
    }

    /** An administrator's retry of a dead letter: queued again now, with a fresh 24 h window. */
    void retry(Instant now) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        firstAttemptAt = null;
        finishedAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getSubscriptionId() {
        return subscriptionId;
    }

    public long getEventId() {
        return eventId;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public String getResource() {
        return resource;
    }

    public String getBody() {
        return body;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getFirstAttemptAt() {
        return firstAttemptAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }
}
