package org.aftersales.web.api;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.aftersales.webhook.DeliveryStatus;
import org.aftersales.webhook.WebhookAttempt;
import org.aftersales.webhook.WebhookDelivery;
import org.aftersales.webhook.WebhookSubscription;

/** The bodies of {@link WebhookResource} (issue 17). */
public final class WebhookDtos {

    private WebhookDtos() {}

    /** A subscription as given: where, which kinds, the secret (write-only). */
    public static class WebhookInputDto {
        public String url;
        public List<String> kinds;
        public String secret;
    }

    /** A subscription as shown: never its secret. */
    public record WebhookDto(long id, String url, List<String> kinds, String createdAt, String createdBy) {

        static WebhookDto of(WebhookSubscription subscription) {
            return new WebhookDto(
                    subscription.getId(),
                    subscription.getUrl(),
                    subscription.getKinds().stream().map(Enum::name).toList(),
                    ApiInstants.format(subscription.getCreatedAt()),
                    subscription.getCreatedBy());
        }
    }

    /** One event queued for a subscription and where it stands. */
    public record WebhookDeliveryDto(
            long id,
            long eventId,
            String kind,
            String resource,
            String status,
            int attempts,
            String queuedAt,
            String firstAttemptAt,
            String nextAttemptAt,
            String finishedAt,
            Integer lastStatus,
            String lastError) {

        static WebhookDeliveryDto of(WebhookDelivery delivery, UriInfo uri) {
            boolean pending = delivery.getStatus() == DeliveryStatus.PENDING;
            return new WebhookDeliveryDto(
                    delivery.getId(),
                    delivery.getEventId(),
                    delivery.getKind().name(),
                    uri.getBaseUri().resolve(delivery.getResource()).toString(),
                    delivery.getStatus().name(),
                    delivery.getAttempts(),
                    ApiInstants.format(delivery.getQueuedAt()),
                    ApiInstants.format(delivery.getFirstAttemptAt()),
                    pending ? ApiInstants.format(delivery.getNextAttemptAt()) : null,
                    ApiInstants.format(delivery.getFinishedAt()),
                    delivery.getLastStatus(),
                    delivery.getLastError());
        }
    }

    /** One line of the delivery log: when, what came back (a status code or the error), how long it took. */
    public record WebhookAttemptDto(String attemptedAt, Integer statusCode, String error, long durationMs) {

        static WebhookAttemptDto of(WebhookAttempt attempt) {
            return new WebhookAttemptDto(
                    ApiInstants.format(attempt.getAttemptedAt()),
                    attempt.getStatusCode(),
                    attempt.getError(),
                    attempt.getDurationMs());
        }
    }
}
