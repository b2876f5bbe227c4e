package org.aftersales.payara;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Payara serves its OpenAPI document ({@code /openapi}) from the server's root context, which the Aftersales WAR (at
 * {@code /aftersales}) cannot reach with its own filter: those answers had no content security policy and no
 * {@code nosniff}, and the root context's error pages name the server and its version. Installed as a server library
 * (Payara Micro {@code --addlibs}, Payara Server {@code asadmin add-library}), this initializer runs for every web
 * module the server starts — as Payara's own OpenAPI initializer does — and acts only on the root context: every answer
 * there gets a policy that allows nothing to run or frame it, {@code nosniff} and over TLS HSTS (as the WAR's), and an error the container would
 * render as its HTML page (a 404 for an unknown path, say) becomes a short problem+json without product or version.
 */
public class RootContextHeaders implements ServletContainerInitializer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        if (!context.getContextPath().isEmpty()) {
            return;
        }
        context.addFilter("aftersales-root-context-headers", new HeadersFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
    }

    static final class HeadersFilter implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (response instanceof HttpServletResponse http) {
                http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                http.setHeader("X-Content-Type-Options", "nosniff");
                http.setHeader("X-Frame-Options", "DENY");
                if (request.isSecure()) {
                    http.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
                }
                chain.doFilter(request, new PlainErrors(http));
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    /** {@code sendError} answered with a problem+json body of our own instead of the container's HTML page. */
    static final class PlainErrors extends HttpServletResponseWrapper {

        PlainErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            setStatus(status);
            setContentType("application/problem+json");
            setCharacterEncoding("UTF-8");
            byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status + "}")
                    .getBytes(StandardCharsets.UTF_8);
            setContentLength(body.length);
            getOutputStream().write(body);
            flushBuffer();
        }

        private static String title(int status) {
            return switch (status) {
                case 400 -> "Bad Request";
                case 401 -> "Unauthorized";
                case 403 -> "Forbidden";
                case 404 -> "Not Found";
                case 405 -> "Method Not Allowed";
                case 406 -> "Not Acceptable";
                case 415 -> "Unsupported Media Type";
                case 503 -> "Service Unavailable";
                default -> status >= 500 ? "Server Error" : "Client Error";
            };
        }
    }
}
