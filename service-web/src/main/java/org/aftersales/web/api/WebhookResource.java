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

    @POST
    public Response create(WebhookDtos.WebhookInputDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        WebhookSubscription created = webhooks.subscribe(body.url, body.kinds, body.secret);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(WebhookDtos.WebhookDto.of(created))
                .build();
    }

    @GET
    public PageDto<WebhookDtos.WebhookDto> list(
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest page = new PageRequest(offset, size, "id", true);
        Page<WebhookSubscription> found = webhooks.list(page);
        return new PageDto<>(
                found.items().stream().map(WebhookDtos.WebhookDto::of).toList(),
                found.total(),
                page.offset(),
                page.size());
    }

    @GET
    @Path("{id}")
    public WebhookDtos.WebhookDto get(@PathParam("id") long id) {
        return WebhookDtos.WebhookDto.of(webhooks.find(id));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        webhooks.delete(id);
    }

    /** The subscription's deliveries, newest event first; {@code status=DEAD} lists its dead letters. */
    @GET
    @Path("{id}/deliveries")
    public PageDto<WebhookDtos.WebhookDeliveryDto> deliveries(
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
                        .map(d -> WebhookDtos.WebhookDeliveryDto.of(d, uriInfo))
                        .toList(),
                found.total(),
                page.offset(),
                page.size());
    }

    /** The delivery's attempts, oldest first: the delivery log. */
    @GET
    @Path("{id}/deliveries/{deliveryId}/attempts")
    public List<WebhookDtos.WebhookAttemptDto> attempts(
            @PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        webhooks.delivery(id, deliveryId);
        return webhooks.attempts(deliveryId).stream()
                .map(WebhookDtos.WebhookAttemptDto::of)
                .toList();
    }

    /** Queues a dead letter again (422 for a delivery that is not dead). */
    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    public WebhookDtos.WebhookDeliveryDto retry(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        webhooks.delivery(id, deliveryId);
        return WebhookDtos.WebhookDeliveryDto.of(webhooks.retry(deliveryId), uriInfo);
    }
}
