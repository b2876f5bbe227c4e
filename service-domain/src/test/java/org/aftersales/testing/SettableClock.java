package org.aftersales.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock a test moves by hand: acts of a fixture are entered at the moment they happened (or later, for a late entry),
 * as a user at the hotline would enter them, rather than all at the moment the fixture is judged.
 */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public SettableClock(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Moves the clock to {@code instant}, forwards or back. */
    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(now, other);
    }
}
