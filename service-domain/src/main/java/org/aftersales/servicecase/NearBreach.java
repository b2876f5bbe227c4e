package org.aftersales.servicecase;

import java.time.Duration;
import java.time.Instant;

/**
 * When a clock is "near breach" (R-S3, R-S4, R-S5; issue 6, Dashboards): it still RUNS — not met, not paused, not
 * stopped, not yet past its due time — and the time left is at most a share of its own SLA hours. With the default
 * share of 25 % a 24-hour reply clock is near breach from 6 hours before its due time, a 72-hour arrival clock from 18
 * hours before; the boundary itself counts as near (exactly 6 h left on a 24-h clock is near, 6 h and one second is
 * not). A paused clock is not near breach: its due time moves on while the case waits on the owner.
 *
 * <p>The share is a setting ({@code aftersales.my-work.near-breach-percent}, 25 by default) so that a department that
 * wants an earlier warning can have it without a code change; it only decides what is shown as urgent, never a
 * deadline.
 */
public final class NearBreach {

    public static final int DEFAULT_PERCENT = 25;

    private NearBreach() {}

    /** The time before the due time from which {@code clock} is near breach, with {@code percent} of its hours. */
    public static Duration warningBefore(SlaClock clock, int percent) {
        return Duration.ofSeconds(clock.getHours() * 3600L * clamp(percent) / 100);
    }

    /** Whether {@code clock} is near breach at {@code now} (see the class comment). */
    public static boolean at(SlaClock clock, Instant now, int percent) {
        if (clock.stateAt(now) != ClockState.RUNNING) {
            return false;
        }
        Duration left = clock.remainingAt(now);
        return !left.isNegative() && left.compareTo(warningBefore(clock, percent)) <= 0;
    }

    private static int clamp(int percent) {
        return Math.max(0, Math.min(100, percent));
    }
}
