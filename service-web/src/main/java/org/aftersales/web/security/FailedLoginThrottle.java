package org.aftersales.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A limit on failed authentications per client address (robustness issue: 429 for the API and the login form). The
 * per-account lockout (five wrong passwords lock an account for 15 minutes) stops guessing one account's password; it
 * does not stop one address trying one password on many accounts, or hashing wrong passwords all day. This counts the
 * failures of each address — a wrong password, an unknown user, a malformed {@code Authorization} header, on the API and
 * on the login form alike — in a fixed window: once an address has failed {@code maxFailures} times in its window, every
 * further attempt from it is refused with 429 and {@code Retry-After} until the window ends, without a password check
 * (no PBKDF2 hash spent). Successful logins and requests without credentials never count, so the users behind one
 * office's proxy do not lock each other out by working.
 *
 * <p>One place, one instance's memory: with several instances each counts its own share (a later cluster issue may
 * share the counts). At most {@link #MAX_ADDRESSES} addresses are tracked; when full, ended windows are dropped first,
 * and if that is not enough, all (an attacker flooding from that many addresses is the network's to stop). The address
 * is the connection's ({@code getRemoteAddr}); behind a reverse proxy, let the server see the client's address.
 */
public final class FailedLoginThrottle {

    static final int MAX_ADDRESSES = 10_000;

    private record Window(Instant start, int failures) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    /** {@code maxFailures} 0 turns the limit off. */
    public FailedLoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = Math.max(0, maxFailures);
        this.window = window.isNegative() || window.isZero() ? Duration.ofSeconds(1) : window;
    }

    /**
     * Seconds until {@code address} may try again, when it has used up its failures in the current window; empty when
     * it may try now.
     */
    public OptionalLong retryAfter(String address) {
        if (maxFailures == 0 || address == null) {
            return OptionalLong.empty();
        }
        Window current = windows.get(address);
        Instant now = clock.instant();
        if (current == null || current.failures() < maxFailures) {
            return OptionalLong.empty();
        }
        Instant end = current.start().plus(window);
        if (!now.isBefore(end)) {
            windows.remove(address, current);
            return OptionalLong.empty();
        }
        long millis = Duration.between(now, end).toMillis();
        return OptionalLong.of(Math.max(1, (millis + 999) / 1000));
    }

    /** Counts one failed authentication of {@code address}. */
    public void failed(String address) {
        if (maxFailures == 0 || address == null) {
            return;
        }
        Instant now = clock.instant();
        if (windows.size() >= MAX_ADDRESSES && !windows.containsKey(address)) {
            windows.values().removeIf(entry -> !now.isBefore(entry.start().plus(window)));
            if (windows.size() >= MAX_ADDRESSES) {
                windows.clear();
            }
        }
        windows.compute(
                address,
                (key, current) ->
                        current == null || !now.isBefore(current.start().plus(window))
                                ? new Window(now, 1)
                                : new Window(current.start(), current.failures() + 1));
    }
}
