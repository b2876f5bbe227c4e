package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.aftersales.changelog.ChangeEvent;
import org.aftersales.changelog.ChangeLog;

/**
 * The change log for the ERP (issue 17): {@code GET /events?after={id}} gives the events after the last one the ERP
 * saw, oldest first; {@code next} is the id to pass as {@code after} next time (the same when nothing is new). The ids
 * follow the order of the commits ({@link ChangeLog}), so continuing after the last id seen skips nothing, not even an
 * event whose transaction committed late. Events are kept 90 days ({@code aftersales.events.kept-days}).
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangeEventResource {

    @Inject
    ChangeLog changeLog;

    @Context
    UriInfo uri;

    /** One event: what happened, when, to which resource (its API URL) and the ERP's key of it where it has one. */
    public record ChangeEventDto(long id, String kind, String at, String resource, String externalId) {

        static ChangeEventDto of(ChangeEvent event, UriInfo uri) {
            return new ChangeEventDto(
                    event.getId(),
                    event.getKind().name(),
                    ApiInstants.format(event.getAt()),
                    uri.getBaseUri().resolve(event.getResource()).toString(),
                    event.getExternalId());
        }
    }

    @GET
    public PageDto<ChangeEventDto> after(
            @QueryParam("after") @DefaultValue("0") long after, @QueryParam("size") @DefaultValue("100") int size) {
        if (after < 0) {
            throw new InputRefusedException(
                    InputRefusedException.REFUSED, "after", "api.error.notWholeNumber", 0, Long.MAX_VALUE);
        }
        int pageSize = Math.max(1, Math.min(size, ChangeLog.MAX_PAGE));
        List<ChangeEventDto> items = changeLog.after(after, pageSize).stream()
                .map(event -> ChangeEventDto.of(event, uri))
                .toList();
        String next = String.valueOf(
                items.isEmpty() ? after : items.get(items.size() - 1).id());
        return PageDto.afterCursor(items, pageSize, next);
    }
}
