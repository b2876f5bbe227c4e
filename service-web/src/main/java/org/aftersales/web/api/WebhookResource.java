package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.webhook.DeliveryStatus;
import org.aftersales.webhook.WebhookAttempt;
import org.aftersales.webhook.WebhookDelivery;
import org.aftersales.webhook.WebhookService;
import org.aftersales.webhook.WebhookSubscription;

/**
 * Webhook subscriptions (issue 17), for the administrator: {@code POST /webhooks} ({@code url}, {@code kinds},
 * {@code secret}), list, read, delete; each subscription's deliveries ({@code ?status=DEAD}: the dead letters), a
 * delivery's attempts (the delivery log) and the retry of a dead letter. The secret is never returned.
 */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Context
    UriInfo uriInfo;

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

    @POST
    public Response create(WebhookInputDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        WebhookSubscription created = webhooks.subscribe(body.url, body.kinds, body.secret);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(WebhookDto.of(created))
                .build();
    }

    @GET
    public PageDto<WebhookDto> list(
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest page = new PageRequest(offset, size, "id", true);
        Page<WebhookSubscription> found = webhooks.list(page);
        return new PageDto<>(
                found.items().stream().map(WebhookDto::of).toList(), found.total(), page.offset(), page.size());
    }

    @GET
    @Path("{id}")
    public WebhookDto get(@PathParam("id") long id) {
        return WebhookDto.of(webhooks.find(id));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        webhooks.delete(id);
    }

    /** The subscription's deliveries, newest event first; {@code status=DEAD} lists its dead letters. */
    @GET
    @Path("{id}/deliveries")
    public PageDto<WebhookDeliveryDto> deliveries(
            @PathParam("id") long id,
            @QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size) {
        webhooks.find(id);
        PageRequest page = new PageRequest(offset, size, "eventId", false);
        Page<WebhookDelivery> found =
                webhooks.deliveries(id, ApiEnums.parse("status", DeliveryStatus.class, status), page);
        return new PageDto<>(
                found.items().stream()
                        .map(d -> WebhookDeliveryDto.of(d, uriInfo))
                        .toList(),
                found.total(),
                page.offset(),
                page.size());
    }

    /** The delivery's attempts, oldest first: the delivery log. */
    @GET
    @Path("{id}/deliveries/{deliveryId}/attempts")
    public List<WebhookAttemptDto> attempts(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        webhooks.delivery(id, deliveryId);
        return webhooks.attempts(deliveryId).stream().map(WebhookAttemptDto::of).toList();
    }

    /** Queues a dead letter again (422 for a delivery that is not dead). */
    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    public WebhookDeliveryDto retry(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        webhooks.delivery(id, deliveryId);
        return WebhookDeliveryDto.of(webhooks.retry(deliveryId), uriInfo);
    }
}
