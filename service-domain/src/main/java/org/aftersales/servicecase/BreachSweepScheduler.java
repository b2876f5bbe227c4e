package org.aftersales.servicecase;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.persistence.DatabaseReady;
import org.aftersales.shared.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the {@link BreachSweep} on the server's managed scheduler once the schema is migrated, every
 * {@code aftersales.sweep.interval-seconds} (60) seconds; {@code aftersales.sweep.enabled=false} turns it off (an
 * instance that should not sweep). Each instance may run it: the sweep itself makes sure a breach is notified once.
 */
@ApplicationScoped
public class BreachSweepScheduler {

    private static final Logger LOG = Logger.getLogger(BreachSweepScheduler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    BreachSweep sweep;

    @Inject
    @ConfigProperty(name = "aftersales.sweep.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "aftersales.sweep.interval-seconds", defaultValue = "60")
    long intervalSeconds;

    private ScheduledFuture<?> running;

    void start(@Observes DatabaseReady ready) {
        if (!enabled || running != null) {
            return;
        }
        long interval = Math.max(5, intervalSeconds);
        running = scheduler.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.SECONDS);
        LOG.info("Breach sweep every " + interval + " s");
    }

    private void runOnce() {
        try {
            CurrentUser.runAs(CurrentUser.SYSTEM, () -> {
                int notified = sweep.sweep();
                if (notified > 0) {
                    LOG.info("Breach sweep notified " + notified + " breach(es)");
                }
            });
        } catch (RuntimeException failed) {
            // The next run tries again: the claim rolled back with the rest.
            LOG.log(Level.WARNING, "Breach sweep failed: " + failed, failed);
        }
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }
}
