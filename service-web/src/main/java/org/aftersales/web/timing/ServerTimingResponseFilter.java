package org.aftersales.web.timing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** {@link ServerTiming}'s header on API responses, added before the body is written (which may commit them). */
@Provider
public class ServerTimingResponseFilter implements ContainerResponseFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        if (ServerTiming.enabled()) {
            responseContext.getHeaders().putSingle(ServerTiming.HEADER, ServerTiming.value(request));
        }
    }
}
