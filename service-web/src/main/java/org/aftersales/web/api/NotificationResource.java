package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.aftersales.notification.Notification;
import org.aftersales.notification.NotificationService;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;

/**
 * The caller's own notifications (R-S2, R-S5, R-S11), newest first: all, or only the unread ones
 * ({@code ?unread=true}); and marking one read. Another user's notification answers 404.
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Context
    HttpHeaders headers;

    @GET
    public PageDto<NotificationDto> mine(
            @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("after") String after) {
        PageRequest page = new PageRequest(offset, size, null, false);
        boolean seek = after != null && !after.isEmpty();
        Page<Notification> found = notifications.mine(unreadOnly, page, seek ? after : null);
        Locale locale = locale();
        List<NotificationDto> items =
                found.items().stream().map(n -> NotificationDto.of(n, locale)).toList();
        return seek
                ? PageDto.afterCursor(items, page.size(), found.next())
                : PageDto.of(items, found, page.offset(), page.size());
    }

    @POST
    @Path("{id}/read")
    public NotificationDto markRead(@PathParam("id") long id) {
        return NotificationDto.of(notifications.markRead(id), locale());
    }

    private Locale locale() {
        return ProblemResponses.locale(headers);
    }
}
