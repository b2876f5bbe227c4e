package org.aftersales.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.shared.BaseEntity;

/**
 * An address the change log's events of some kinds are pushed to (issue 17), signed with the subscription's secret.
 * {@code lastEventId} is its cursor into the change log: the events up to it are queued for it (as
 * {@link WebhookDelivery} rows); a new subscription starts after the last event at its creation.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends BaseEntity {

    public static final int SECRET_MIN_LENGTH = 16;
    public static final int SECRET_MAX_LENGTH = 200;

    @Column(name = "url", nullable = false, length = WebhookAddresses.URL_LENGTH, updatable = false)
    private String url;

    /** The kinds' names, comma-separated. */
    @Column(name = "kinds", nullable = false, length = 1000, updatable = false)
    private String kinds;

    @Column(name = "secret", nullable = false, length = SECRET_MAX_LENGTH, updatable = false)
    private String secret;

    /** Moved by the dispatcher with a conditional UPDATE only: never written through the entity. */
    @Column(name = "last_event_id", nullable = false, updatable = false)
    private long lastEventId;

    protected WebhookSubscription() {}

    WebhookSubscription(String url, Set<ChangeKind> kinds, String secret, long lastEventId) {
        this.url = url;
        this.kinds = kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.secret = secret;
        this.lastEventId = lastEventId;
    }

    public String getUrl() {
        return url;
    }

    public Set<ChangeKind> getKinds() {
        Set<ChangeKind> set = EnumSet.noneOf(ChangeKind.class);
        Arrays.stream(kinds.split(","))
                .filter(name -> !name.isBlank())
                .forEach(name -> set.add(ChangeKind.valueOf(name)));
        return set;
    }

    /** For the signature only; never shown or returned by the API. */
    String getSecret() {
        return secret;
    }

    public long getLastEventId() {
        return lastEventId;
    }
}
