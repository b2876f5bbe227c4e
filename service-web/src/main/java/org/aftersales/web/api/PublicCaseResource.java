package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.OptionalLong;
import org.aftersales.servicecase.OwnerLinkService;

/**
 * The owner's link as public JSON (issue 16): {@code GET /api/public/cases/{token}} needs no account and no session
 * (web.xml leaves {@code /api/public/*} open; it only reads, so there is nothing to forge across sites). An unknown, an
 * expired and a revoked token are answered with the same 404; too many requests from one client address or for one
 * token with 429 and {@code Retry-After} ({@link PublicAccess}).
 */
@Path("public/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicCaseResource {

    @Inject
    OwnerLinkService links;

    @Inject
    PublicAccess access;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{token}")
    public Response get(@PathParam("token") String token) {
        Locale locale = ProblemResponses.locale(headers);
        OptionalLong wait = access.admit(request, token);
        if (wait.isPresent()) {
            return Response.fromResponse(ProblemResponses.problem(429, locale))
                    .header("Retry-After", wait.getAsLong())
                    .build();
        }
        return links.view(token)
                .map(view -> Response.ok(OwnerLinkDtos.PublicCaseDto.of(view, locale))
                        .header("Cache-Control", "no-store")
                        .build())
                .orElseGet(() -> ProblemResponses.problem(404, locale));
    }
}
