package org.aftersales.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Counts requests per key in fixed windows (a minute by default) and refuses those beyond the limit until the window
 * ends (issue 16, Tokens: the public endpoints are rate-limited per address and per token). In memory: each instance
 * counts its own requests. All keys share one window, and the counts are dropped when it ends, so the memory held is
 * bounded by the keys seen within one window.
 */
public final class FixedWindowLimiter {

    private final Clock clock;
    private final int limit;
    private final long windowMillis;
    private final Map<String, Integer> counts = new HashMap<>();
    private long window = Long.MIN_VALUE;

    public FixedWindowLimiter(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = Math.max(1, limit);
        this.windowMillis = Math.max(1000, window.toMillis());
    }

    /**
     * Counts one request of {@code key}: empty when it is within the limit, else the whole seconds until the window
     * ends (at least 1), for {@code Retry-After}.
     */
    public synchronized OptionalLong hit(String key) {
        long now = clock.millis();
        long current = Math.floorDiv(now, windowMillis);
        if (current != window) {
            counts.clear();
            window = current;
        }
        int count = counts.merge(key, 1, Integer::sum);
        if (count <= limit) {
            return OptionalLong.empty();
        }
        long left = (current + 1) * windowMillis - now;
        return OptionalLong.of(Math.max(1, (left + 999) / 1000));
    }
}
