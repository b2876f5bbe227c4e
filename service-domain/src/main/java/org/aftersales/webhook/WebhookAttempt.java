package org.aftersales.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the delivery log (issue 17): when a delivery was sent, what the receiver answered (its status code, or
 * the error when it did not answer) and how long it took. Kept like the events ({@code aftersales.events.kept-days}).
 */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    public static final int ERROR_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "webhook_attempt_seq", sequenceName = "aftersales_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_attempt_seq")
    private Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private long deliveryId;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "status_code", updatable = false)
    private Integer statusCode;

    @Column(name = "error", length = ERROR_LENGTH, updatable = false)
    private String error;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    protected WebhookAttempt() {}

    WebhookAttempt(long deliveryId, Instant attemptedAt, Integer statusCode, String error, long durationMs) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error;
        this.durationMs = durationMs;
    }

    public Long getId() {
        return id;
    }

    public long getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public String getError() {
        return error;
    }

    public long getDurationMs() {
        return durationMs;
    }
}
