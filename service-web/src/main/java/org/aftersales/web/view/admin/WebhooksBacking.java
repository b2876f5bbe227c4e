package org.aftersales.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;
import org.aftersales.webhook.DeliveryStatus;
import org.aftersales.webhook.WebhookDelivery;
import org.aftersales.webhook.WebhookService;
import org.aftersales.webhook.WebhookSubscription;

/**
 * admin/webhooks.xhtml (issue 17): the administrator's webhook subscriptions — list, add, delete (confirmed) — the
 * delivery log and the dead letters with their retry. web.xml guards the URL, the service checks
 * {@code WEBHOOK_ADMIN} again.
 */
@Named
@ViewScoped
public class WebhooksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many lines of the delivery log and of the dead letters the page shows. */
    private static final int SHOWN = 200;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    transient WebhookService webhooks;

    @Inject
    transient Caller caller;

    private List<WebhookSubscription> subscriptions = List.of();
    private List<WebhookService.LogLine> log = List.of();
    private List<WebhookDelivery> dead = List.of();
    private Map<Long, String> urls = Map.of();

    private String url;
    private ChangeKind[] kinds = {};
    private String secret;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.WEBHOOK_ADMIN)) {
            Pages.sendError(403);
            return;
        }
        reload();
    }

    private void reload() {
        subscriptions = webhooks.list(PageRequest.first(PageRequest.MAX_SIZE)).items();
        Map<Long, String> byId = new HashMap<>();
        subscriptions.forEach(subscription -> byId.put(subscription.getId(), subscription.getUrl()));
        urls = byId;
        log = webhooks.log(null, PageRequest.first(SHOWN)).items();
        dead = webhooks.deliveries(null, DeliveryStatus.DEAD, PageRequest.first(SHOWN))
                .items();
    }

    public void refresh() {
        reload();
    }

    public void add() {
        WebhookSubscription created = webhooks.subscribe(
                url,
                kinds == null ? List.of() : Arrays.stream(kinds).map(Enum::name).toList(),
                secret);
        Pages.info("webhook.created", created.getUrl());
        url = null;
        kinds = new ChangeKind[0];
        secret = null;
        reload();
    }

    /** A random secret of 32 bytes in hex, to hand to the receiver. */
    public void generateSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        secret = HexFormat.of().formatHex(bytes);
    }

    public void remove(WebhookSubscription subscription) {
        webhooks.delete(subscription.getId());
        Pages.info("webhook.deleted", subscription.getUrl());
        reload();
    }

    public void retry(WebhookDelivery delivery) {
        webhooks.retry(delivery.getId());
        Pages.info("webhook.dead.retried", delivery.getEventId());
        reload();
    }

    /** The address of the subscription a delivery belongs to. */
    public String urlOf(long subscriptionId) {
        return urls.getOrDefault(subscriptionId, "#" + subscriptionId);
    }

    public List<ChangeKind> getAllKinds() {
        return List.of(ChangeKind.values());
    }

    public List<WebhookSubscription> getSubscriptions() {
        return subscriptions;
    }

    public List<WebhookService.LogLine> getLog() {
        return log;
    }

    public List<WebhookDelivery> getDead() {
        return dead;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public ChangeKind[] getKinds() {
        return kinds;
    }

    public void setKinds(ChangeKind[] kinds) {
        this.kinds = kinds;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
