package org.aftersales.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed webhook delivery is tried again (issue 17: "retries with exponential back-off, the delay capped at
 * 1 h; after 24 h an event goes to a dead-letter list"): after the n-th failed attempt the next waits
 * {@code base × 2^(n-1)} — with the default base of 30 s: 30 s, 1 min, 2 min, 4 min … — never more than an hour. An
 * event whose first attempt was 24 h or more ago and that fails again is dead: it leaves the queue (which releases the
 * events after it for the same resource) and waits on the dead-letter list for an administrator's retry.
 */
public final class WebhookRetry {

    /** The longest wait between two attempts. */
    public static final Duration MAX_DELAY = Duration.ofHours(1);

    /** How long an event is tried before it becomes a dead letter, counted from its first attempt. */
    public static final Duration DEAD_AFTER = Duration.ofHours(24);

    private WebhookRetry() {}

    /** The wait after the {@code failedAttempts}-th failed attempt (1, 2, …), {@code base} after the first. */
    public static Duration delayAfter(int failedAttempts, Duration base) {
        Duration delay = base;
        for (int i = 1; i < failedAttempts && delay.compareTo(MAX_DELAY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /**
     * When to try again after the {@code failedAttempts}-th attempt failed at {@code now}; empty when the event is dead
     * (its first attempt, at {@code firstAttemptAt}, was {@link #DEAD_AFTER} or more ago).
     */
    public static Optional<Instant> nextAttempt(
            Instant firstAttemptAt, int failedAttempts, Instant now, Duration base) {
        if (!now.isBefore(firstAttemptAt.plus(DEAD_AFTER))) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(failedAttempts, base)));
    }
}
