package org.aftersales.web.timing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aftersales.persistence.StatementCount;

/**
 * Adds {@link ServerTiming}'s header to portal pages and partial responses when it is enabled, and — enabled or not —
 * ends the thread's statement count with the request. A page is rendered into a buffer large enough for a list page
 * so that the header can still be added when rendering (which loads a lazy table's rows) has finished, and a partial
 * (ajax) response, which JSF flushes itself, is held whole ({@link HeldResponse}); the API's
 * responses get it from {@link ServerTimingResponseFilter} before their body is written.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ServerTimingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Enough for a case list page with its view state. */
    private static final int PAGE_BUFFER = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ServerTiming.enabled()) {
            try {
                chain.doFilter(request, response);
            } finally {
                StatementCount.takeAndReset();
            }
            return;
        }
        ServerTiming.start(request);
        if (!response.isCommitted()) {
            response.setBufferSize(PAGE_BUFFER);
        }
        // JSF flushes a partial response once rendered: its body is held so that the header still fits.
        HeldResponse held =
                "partial/ajax".equals(request.getHeader("Faces-Request")) ? new HeldResponse(response) : null;
        try {
            chain.doFilter(request, held != null ? held : response);
            if (!response.isCommitted() && !response.containsHeader(ServerTiming.HEADER)) {
                response.setHeader(ServerTiming.HEADER, ServerTiming.value(request));
            }
            if (held != null) {
                held.release();
            }
        } finally {
            StatementCount.takeAndReset();
        }
    }
}
