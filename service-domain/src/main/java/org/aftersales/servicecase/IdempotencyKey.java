package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An act's {@code Idempotency-Key} (API.md; issue 16: the phone sends one per tap, so that a weak connection that
 * sends an act twice records it once): claimed by the first request before the act runs, then holding that request's
 * response so that the same key again is answered with it. See {@link IdempotencyKeys}.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey {

    /** The longest key taken (a UUID has 36 characters). */
    public static final int KEY_LENGTH = 100;

    /** The longest response kept to be answered again (an act answers its case: a few kilobytes). */
    public static final int BODY_LENGTH = 262_144;

    /** Where the first request stands. */
    public enum State {
        /** The act is running (or its instance stopped before it answered). */
        IN_PROGRESS,
        /** The act answered; its response is kept. */
        DONE
    }

    @Id
    @Column(name = "key_value", length = KEY_LENGTH)
    private String key;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "http_method", nullable = false, length = 10)
    private String method;

    @Column(name = "request_path", nullable = false, length = 500)
    private String path;

    @Column(name = "request_hash", length = 64)
    private String requestHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_type", length = 200)
    private String responseType;

    @Column(name = "response_location", length = 1000)
    private String responseLocation;

    @Column(name = "response_body", length = BODY_LENGTH)
    private String responseBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected IdempotencyKey() {}

    IdempotencyKey(String key, String username, String method, String path, Instant createdAt) {
        this.key = key;
        this.username = username;
        this.method = method;
        this.path = path;
        this.state = State.IN_PROGRESS;
        this.createdAt = createdAt;
    }

    void complete(String requestHash, int status, String type, String location, String body, Instant at) {
        this.requestHash = requestHash;
        this.responseStatus = status;
        this.responseType = type;
        this.responseLocation = location;
        this.responseBody = body;
        this.state = State.DONE;
        this.completedAt = at;
    }

    /** Whether a request comes from the user who claimed the key, for the same act (method and path). */
    public boolean sameSender(String username, String method, String path) {
        return this.username.equals(username) && this.method.equals(method) && this.path.equals(path);
    }

    /**
     * Whether a request sent again may be answered with this key's response: the same sender and, as far as the first
     * request is known, the same body. API.md: "the same key with another body, case or user answers 422".
     */
    public boolean sameRequest(String username, String method, String path, String requestHash) {
        return sameSender(username, method, path) && (this.requestHash == null || this.requestHash.equals(requestHash));
    }

    public String getKey() {
        return key;
    }

    public String getUsername() {
        return username;
    }

    public State getState() {
        return state;
    }

    public Integer getResponseStatus() {
        return responseStatus;
    }

    public String getResponseType() {
        return responseType;
    }

    public String getResponseLocation() {
        return responseLocation;
    }

    public String getResponseBody() {
        return responseBody;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
