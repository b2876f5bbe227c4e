package org.aftersales.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhooks' settings, from MicroProfile Config ({@code aftersales.webhooks.*}; issue 17). A test or a closed
 * installation whose ERP listens on the internal network sets {@code aftersales.webhooks.allow-private=true}.
 */
@ApplicationScoped
public class WebhookSettings {

    /** Whether subscriptions may send to loopback, link-local and private addresses ({@link WebhookAddresses}). */
    @Inject
    @ConfigProperty(name = "aftersales.webhooks.allow-private", defaultValue = "false")
    boolean allowPrivate;

    /** How often each instance looks for events to deliver. */
    @Inject
    @ConfigProperty(name = "aftersales.webhooks.interval-seconds", defaultValue = "5")
    int intervalSeconds = 5;

    /** The first retry's delay; each further one doubles it, capped at an hour ({@link WebhookRetry}). */
    @Inject
    @ConfigProperty(name = "aftersales.webhooks.retry-base-seconds", defaultValue = "30")
    int retryBaseSeconds = 30;

    /** Connect and response timeout of one delivery: a receiver that hangs must not hold the queue for long. */
    @Inject
    @ConfigProperty(name = "aftersales.webhooks.timeout-seconds", defaultValue = "10")
    int timeoutSeconds = 10;

    /** The application's public address: the events' resource URLs begin with it followed by {@code api/}. */
    @Inject
    @ConfigProperty(name = "aftersales.url", defaultValue = "http://localhost:8080/aftersales/")
    String url = "http://localhost:8080/aftersales/";

    public WebhookSettings() {}

    /** Settings as given, for code outside a container (tests). */
    public WebhookSettings(boolean allowPrivate, int retryBaseSeconds, String url) {
        this.allowPrivate = allowPrivate;
        this.retryBaseSeconds = retryBaseSeconds;
        this.url = url;
    }

    public boolean allowPrivate() {
        return allowPrivate;
    }

    public int intervalSeconds() {
        return Math.max(1, intervalSeconds);
    }

    public Duration retryBase() {
        return Duration.ofSeconds(Math.max(1, retryBaseSeconds));
    }

    public Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }

    /** The API's root, ending in {@code /api/}. */
    public String apiRoot() {
        return (url.endsWith("/") ? url : url + "/") + "api/";
    }
}
