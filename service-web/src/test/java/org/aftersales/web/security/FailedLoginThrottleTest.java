package org.aftersales.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FailedLoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-06T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    @DisplayName("Robustness 429: after 3 failures in a 60 s window an address waits until the window ends"
            + " (failures at 0 s, 10 s, 20 s → at 20 s retry after 40 s, at 59.5 s after 1 s, at 60 s free again)")
    void blocksAnAddressUntilItsWindowEnds() {
        Hand clock = new Hand();
        FailedLoginThrottle throttle = new FailedLoginThrottle(clock, 3, Duration.ofSeconds(60));
        Instant start = clock.now;

        throttle.failed("10.0.0.7");
        assertThat(throttle.retryAfter("10.0.0.7")).isEmpty();
        clock.now = start.plusSeconds(10);
        throttle.failed("10.0.0.7");
        assertThat(throttle.retryAfter("10.0.0.7")).isEmpty();
        clock.now = start.plusSeconds(20);
        throttle.failed("10.0.0.7");

        assertThat(throttle.retryAfter("10.0.0.7")).isEqualTo(OptionalLong.of(40));
        assertThat(throttle.retryAfter("10.0.0.8")).as("another address").isEmpty();
        clock.now = start.plusMillis(59_500);
        assertThat(throttle.retryAfter("10.0.0.7")).isEqualTo(OptionalLong.of(1));
        clock.now = start.plusSeconds(60);
        assertThat(throttle.retryAfter("10.0.0.7")).isEmpty();

        // A new window: two failures do not block, the third does, for its whole window again.
        throttle.failed("10.0.0.7");
        throttle.failed("10.0.0.7");
        assertThat(throttle.retryAfter("10.0.0.7")).isEmpty();
        throttle.failed("10.0.0.7");
        assertThat(throttle.retryAfter("10.0.0.7")).isEqualTo(OptionalLong.of(60));
    }

    @Test
    @DisplayName("Robustness 429: failures spread over more than one window never block; 0 turns the limit off")
    void failuresOutsideTheWindowDoNotAddUp() {
        Hand clock = new Hand();
        FailedLoginThrottle throttle = new FailedLoginThrottle(clock, 3, Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.9");
            throttle.failed("10.0.0.9");
            assertThat(throttle.retryAfter("10.0.0.9")).isEmpty();
            clock.now = clock.now.plusSeconds(61);
        }

        FailedLoginThrottle off = new FailedLoginThrottle(clock, 0, Duration.ofSeconds(60));
        for (int i = 0; i < 100; i++) {
            off.failed("10.0.0.9");
        }
        assertThat(off.retryAfter("10.0.0.9")).isEmpty();
    }

    @Test
    @DisplayName("Robustness 429: at most 10 000 addresses are tracked; a full table drops ended windows first")
    void boundedMemory() {
        Hand clock = new Hand();
        FailedLoginThrottle throttle = new FailedLoginThrottle(clock, 1, Duration.ofSeconds(60));
        throttle.failed("192.0.2.1");
        clock.now = clock.now.plusSeconds(61);
        for (int i = 0; i < FailedLoginThrottle.MAX_ADDRESSES - 1; i++) {
            throttle.failed("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        // The table is full; a newcomer drops the one ended window, the live ones stay blocked.
        throttle.failed("192.0.2.2");
        assertThat(throttle.retryAfter("192.0.2.2")).isEqualTo(OptionalLong.of(60));
        assertThat(throttle.retryAfter("10.0.0.0")).isEqualTo(OptionalLong.of(60));
    }
}
