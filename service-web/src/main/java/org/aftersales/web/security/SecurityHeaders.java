package org.aftersales.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response of the application carries — pages, API answers, the API's 401, the redirect to
 * the login page, error pages: a content security policy (no framing by other sites, no plugins, forms only back to
 * us), no MIME sniffing, no referrer leaks, no caching of what shows business data, and over TLS strict transport
 * security. PrimeFaces needs inline scripts and styles, hence 'unsafe-inline' within 'self'.
 *
 * <p>Set at the first place a request reaches the application: the authentication mechanism (which Payara runs before
 * any servlet filter, and which alone answers a refused API call or sends a visitor to the login page — see
 * {@link SecurityHeadersOnAuthentication}) and, for requests it lets through, {@link SecurityHeadersFilter}. Headers set
 * there survive an error page the container renders afterwards.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Two years: browsers remember to use only HTTPS for the host (RFC 6797). */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

    private SecurityHeaders() {}

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            // Only over TLS: sent over plain HTTP it would be ignored at best and lock a test host out at worst.
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
