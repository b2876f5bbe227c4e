package org.aftersales.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server notifications are mailed through, from MicroProfile Config ({@code aftersales.mail.*}). Off by
 * default: a fresh installation mails nobody until an administrator points it at a server.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "aftersales.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "aftersales.mail.host", defaultValue = "localhost")
    String host = "localhost";

    @Inject
    @ConfigProperty(name = "aftersales.mail.port", defaultValue = "25")
    int port = 25;

    @Inject
    @ConfigProperty(name = "aftersales.mail.from", defaultValue = "aftersales@localhost")
    String from = "aftersales@localhost";

    /** Connect, read and write timeout: a mail server that hangs must not hold the sender for long. */
    @Inject
    @ConfigProperty(name = "aftersales.mail.timeout-ms", defaultValue = "5000")
    int timeoutMs = 5000;

    public MailSettings() {}

    /** Settings as given, for code outside a container (tests). */
    public MailSettings(boolean enabled, String host, int port, String from) {
        this.enabled = enabled;
        this.host = host;
        this.port = port;
        this.from = from;
    }

    public boolean enabled() {
        return enabled;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public int timeoutMs() {
        return timeoutMs;
    }
}
