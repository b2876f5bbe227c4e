package org.aftersales.persistence;

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
import org.aftersales.changelog.ChangeLog;
import org.aftersales.retention.RetentionDayEvents;
import org.aftersales.servicecase.IdempotencyKeys;
import org.aftersales.shared.CurrentUser;
import org.aftersales.webhook.WebhookService;

/**
 * Once an hour from the schema's migration on: tells the change log the retention days that came
 * ({@link RetentionDayEvents}, once cluster-wide) and forgets what is kept only for a while — idempotency keys after
 * {@link IdempotencyKeys#KEPT} (7 days), change-log events and the
 * webhooks' finished deliveries and delivery log after {@code aftersales.events.kept-days} (90 days). Every
 * instance may run it: each step is claimed or idempotent.
 */
@ApplicationScoped
public class HourlyJobs {

    private static final Logger LOG = Logger.getLogger(HourlyJobs.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    IdempotencyKeys keys;

    @Inject
    ChangeLog changeLog;

    @Inject
    RetentionDayEvents retentionDays;

    @Inject
    WebhookService webhooks;

    private ScheduledFuture<?> running;

    void start(@Observes DatabaseReady ready) {
        if (running == null) {
            running = scheduler.scheduleWithFixedDelay(this::runOnce, 1, 60, TimeUnit.MINUTES);
        }
    }

    private void runOnce() {
        try {
            CurrentUser.runAs(CurrentUser.SYSTEM, retentionDays::notice);
            int keysForgotten = keys.purge();
            int eventsForgotten = changeLog.purge();
            int deliveriesForgotten = webhooks.purge();
            if (keysForgotten + eventsForgotten + deliveriesForgotten > 0) {
                LOG.info("Forgot " + keysForgotten + " idempotency key(s), " + eventsForgotten
                        + " change-log event(s) and " + deliveriesForgotten + " webhook delivery(ies)");
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Hourly jobs failed; next run in an hour", failed);
        }
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }
}
