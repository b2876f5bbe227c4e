package org.aftersales.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Jakarta Security takes one authentication mechanism per application, and Aftersales needs two doors over one user
 * store: HTTP Basic for the ERP's calls to {@code /api} (no session ever created) and a form login for the portal's
 * pages (a session, with a new id at login). This mechanism chooses by request path.
 *
 * <p>The form side is driven by {@code LoginBacking} through {@code SecurityContext.authenticate}: on success the
 * caller and groups are kept in the session, which is re-established on each later request; on a protected page
 * without a login the browser is sent to the login page. The API side answers 401 with the same body for an unknown
 * user and a wrong password. A portal login by an API-only (INTEGRATION) account is refused.
 */
@ApplicationScoped
public class AftersalesAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "aftersales.caller";
    static final String SESSION_GROUPS = "aftersales.groups";
    private static final Logger SECURITY_LOG = Logger.getLogger("org.aftersales.security");

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return validateBasic(request, response, context);
        }
        return validateForm(request, response, context);
    }

    private AuthenticationStatus validateBasic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? unauthorized(response, context) : context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return unauthorized(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response, context);
        }
        CredentialValidationResult result = validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), new Password(decoded.substring(colon + 1))),
                "basic");
        if (result.getStatus() != Status.VALID) {
            return unauthorized(response, context);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"aftersales\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        try {
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Authentication required\",\"errors\":[]}");
        } catch (java.io.IOException ignored) {
            // the status is what matters
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus validateForm(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return loginWithForm(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String caller) {
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
            return context.notifyContainerAboutLogin(caller, groups);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus loginWithForm(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = validate(credential, "form");
        if (result.getStatus() != Status.VALID) {
            // Not a 401 error page: the login page shows its own message (LoginBacking).
            return context.doNothing();
        }
        Set<String> groups = result.getCallerGroups();
        if (groups.size() == 1 && groups.contains("INTEGRATION")) {
            SECURITY_LOG.warning(() -> "portal login refused: API-only account "
                    + result.getCallerPrincipal().getName());
            return context.doNothing();
        }
        // A new session id at login (no session fixation), then remember who logged in.
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
        session.setAttribute(SESSION_GROUPS, Set.copyOf(groups));
        return context.notifyContainerAboutLogin(result);
    }

    private CredentialValidationResult validate(Credential credential, String channel) {
        LoginChannel.CURRENT.set(channel);
        try {
            return identityStores.validate(credential);
        } finally {
            LoginChannel.CURRENT.remove();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
