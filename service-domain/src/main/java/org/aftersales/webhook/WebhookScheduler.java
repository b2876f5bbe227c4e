package org.aftersales.webhook;

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

/**
 * Runs a {@link WebhookDispatcher} round on the server's managed scheduler once the schema is migrated, every
 * {@code aftersales.webhooks.interval-seconds} (5) seconds. Every instance may run it: the dispatcher claims each
 * delivery, so one instance sends it.
 */
@ApplicationScoped
public class WebhookScheduler {

    private static final Logger LOG = Logger.getLogger(WebhookScheduler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookTransactions transactions;

    @Inject
    WebhookSettings settings;

    private ScheduledFuture<?> running;

    void start(@Observes DatabaseReady ready) {
        if (running == null) {
            long interval = settings.intervalSeconds();
            running = scheduler.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.SECONDS);
        }
    }

    private void runOnce() {
        try {
            CurrentUser.runAs(CurrentUser.SYSTEM, () -> dispatcher.deliverDue(transactions));
        } catch (RuntimeException failed) {
            // The next run tries again: a claim that was not recorded runs out with its lease.
            LOG.log(Level.WARNING, "Webhook deliveries failed: " + failed, failed);
        }
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }
}
