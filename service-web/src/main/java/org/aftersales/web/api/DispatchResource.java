package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aftersales.servicecase.DispatchService;

/**
 * The dispatcher's board (R-S6): every after-sales engineer with the four required skills — gaps flag them for
 * training — and their approved dispatches overlapping {@code [from, to)} (the coming week when not given). For the
 * specialist, the division leader and the general manager.
 */
@Path("dispatch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DispatchResource {

    @Inject
    DispatchService dispatch;

    @GET
    @Path("engineers")
    public List<EngineerAvailabilityDto> engineers(@QueryParam("from") String from, @QueryParam("to") String to) {
        return dispatch
                .engineers(ApiInstants.parse("from", queryInstant(from)), ApiInstants.parse("to", queryInstant(to)))
                .stream()
                .map(EngineerAvailabilityDto::of)
                .toList();
    }

    /** A "+08:00" offset sent unencoded in a query string arrives as " 08:00": read it as the "+" it was. */
    private static String queryInstant(String value) {
        return value == null ? null : value.strip().replace(' ', '+');
    }
}
