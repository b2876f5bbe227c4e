package org.aftersales.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Posts a delivery with {@link HttpClient}: short timeouts (a receiver that hangs must not hold the queue), no
 * redirects followed (a redirect could lead to an address the subscription check refused), the body as JSON with its
 * signature. The host is checked again before each delivery: a name that now resolves to a private address is refused.
 */
@ApplicationScoped
public class HttpWebhookSender implements WebhookSender {

    @Inject
    WebhookSettings settings;

    private volatile HttpClient client;

    public HttpWebhookSender() {}

    /** A sender outside a container (tests). */
    public HttpWebhookSender(WebhookSettings settings) {
        this.settings = settings;
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(settings.timeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    @Override
    public Answer post(URI url, String signature, String body) {
        try {
            WebhookAddresses.check(url.toString(), settings.allowPrivate(), java.net.InetAddress::getAllByName);
        } catch (org.aftersales.shared.BusinessException refused) {
            return new Answer(null, "refused: " + refused.getMessageKey());
        }
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", "Aftersales-Webhook/1")
                .header(WebhookSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), null);
        } catch (IOException failed) {
            return new Answer(null, failed.getClass().getSimpleName() + ": " + failed.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted");
        }
    }
}
