package org.aftersales.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now". Every SLA, warranty and deadline rule takes its time from an injected {@link Clock},
 * so tests can judge them at an exact instant.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(AftersalesConfig config) {
        return Clock.system(config.zone());
    }
}
