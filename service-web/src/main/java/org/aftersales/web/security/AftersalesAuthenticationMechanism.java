package org.aftersales.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import org.aftersales.web.DatabaseOutage;
import org.aftersales.web.i18n.Messages;
import org.aftersales.web.timing.ServerTiming;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jakarta Security takes one authentication mechanism per application, and Aftersales needs two doors over one user
 * store: HTTP Basic for the ERP's calls to {@code /api} (no session ever created) and a form login for the portal's
 * pages (a session, with a new id at login). This mechanism chooses by request path.
 *
 * <p>The form side is driven by {@code LoginBacking} through {@code SecurityContext.authenticate}: on success the
 * caller, groups, account id and security stamp are kept in the session, which is re-established on each later
 * request while the account's stamp is unchanged (else the session ends); on a protected page
 * without a login the browser is sent to the login page. The API side answers 401 with the same body for an unknown
 * user and a wrong password. A portal login by an API-only (INTEGRATION) account is refused.
 */
@ApplicationScoped
public class AftersalesAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "aftersales.caller";
    static final String SESSION_GROUPS = "aftersales.groups";
    static final String SESSION_USER_ID = "aftersales.userId";
    static final String SESSION_STAMP = "aftersales.securityStamp";
    /** Request attribute: a form login was refused unchecked, its address may try again in so many seconds. */
    public static final String THROTTLED_FOR_SECONDS = "aftersales.loginThrottledForSeconds";

    private static final int TOO_MANY_REQUESTS = 429;
    private static final Logger SECURITY_LOG = Logger.getLogger("org.aftersales.security");

    @Inject
    DatabaseIdentityStore users;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "aftersales.auth.address-max-failures", defaultValue = "30")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "aftersales.auth.address-window-seconds", defaultValue = "300")
    int addressWindowSeconds;

    private FailedLoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new FailedLoginThrottle(clock, addressMaxFailures, Duration.ofSeconds(addressWindowSeconds));
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        ServerTiming.start(request);
        try {
            if (isApi(request)) {
                return validateBasic(request, response, context);
            }
            return validateForm(request, response, context);
        } catch (RuntimeException failure) {
            // A login typed on the login page goes on to the page's own handling (BusinessExceptionHandler).
            if (!DatabaseOutage.causedBy(failure) || context.getAuthParameters().getCredential() != null) {
                throw failure;
            }
            return unavailable(request, response);
        }
    }

    /**
     * The database is away (restarted, cut off, the pool exhausted): 503 with {@code Retry-After}, problem+json for the
     * API and the static bilingual page for the portal — never a 500 (robustness issue, item 1).
     */
    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        SECURITY_LOG.warning(() -> "database unavailable while checking the caller of " + request.getRequestURI());
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        try {
            if (isApi(request)) {
                Locale locale = Messages.supported(request.getLocale());
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write(Json.createObjectBuilder()
                                .add("type", "about:blank")
                                .add("title", Messages.text(locale, "problem.unavailable"))
                                .add("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                                .add("errors", Json.createArrayBuilder())
                                .build()
                                .toString());
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (java.io.IOException gone) {
            // the client left; the status is what matters
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus validateBasic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.isProtected() ? unauthorized(request, response) : context.doNothing();
        }
        String address = request.getRemoteAddr();
        OptionalLong wait = throttle.retryAfter(address);
        if (wait.isPresent()) {
            return tooManyFailures(request, response, wait.getAsLong());
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throttle.failed(address);
            return unauthorized(request, response);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throttle.failed(address);
            return unauthorized(request, response);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throttle.failed(address);
            return unauthorized(request, response);
        }
        Optional<DatabaseIdentityStore.Login> login = users.verify(
                decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), "basic");
        if (login.isEmpty()) {
            throttle.failed(address);
            return unauthorized(request, response);
        }
        return context.notifyContainerAboutLogin(
                login.get().username(), login.get().groups());
    }

    /** 401 problem+json in the caller's language (Accept-Language), the same for an unknown user and a wrong password. */
    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"aftersales\", charset=\"UTF-8\"");
        writeProblem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.unauthorized");
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 429 problem+json with {@code Retry-After}: this address failed too often (see {@link FailedLoginThrottle}). */
    private AuthenticationStatus tooManyFailures(
            HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) {
        SECURITY_LOG.warning(() -> "authentication refused for " + retryAfterSeconds + " s: too many failures from "
                + request.getRemoteAddr());
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        writeProblem(request, response, TOO_MANY_REQUESTS, "problem.tooManyRequests");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status, String key) {
        Locale locale = Messages.supported(request.getLocale());
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("title", Messages.text(locale, key))
                            .add("status", status)
                            .add("detail", Messages.text(locale, key))
                            .add("errors", Json.createArrayBuilder())
                            .build()
                            .toString());
        } catch (java.io.IOException ignored) {
            // the client left; the status is what matters
        }
    }

    private AuthenticationStatus validateForm(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return loginWithForm(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String caller) {
            if (!isStaticResource(request) && !stillHolds(session)) {
                // The administrator changed the password, the roles, the department or disabled the account.
                SECURITY_LOG.info(() -> "portal session ended: the account of " + caller + " changed");
                session.invalidate();
                return context.isProtected()
                        ? context.redirect(request.getContextPath() + "/login.xhtml?ended=account")
                        : context.doNothing();
            }
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
        if (!(credential instanceof UsernamePasswordCredential form)) {
            return context.doNothing();
        }
        String address = request.getRemoteAddr();
        OptionalLong wait = throttle.retryAfter(address);
        if (wait.isPresent()) {
            // The login page answers 429 with Retry-After and says why (LoginBacking).
            request.setAttribute(THROTTLED_FOR_SECONDS, wait.getAsLong());
            return context.doNothing();
        }
        Optional<DatabaseIdentityStore.Login> found =
                users.verify(form.getCaller(), form.getPassword().getValue(), "form");
        if (found.isEmpty()) {
            throttle.failed(address);
            // Not a 401 error page: the login page shows its own message (LoginBacking).
            return context.doNothing();
        }
        DatabaseIdentityStore.Login login = found.get();
        Set<String> groups = login.groups();
        if (groups.size() == 1 && groups.contains("INTEGRATION")) {
            throttle.failed(address);
            SECURITY_LOG.warning(() -> "portal login refused: API-only account " + login.username());
            return context.doNothing();
        }
        // A new session id at login (no session fixation), then remember who logged in, under which security stamp.
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_CALLER, login.username());
        session.setAttribute(SESSION_GROUPS, Set.copyOf(groups));
        session.setAttribute(SESSION_USER_ID, login.userId());
        session.setAttribute(SESSION_STAMP, login.securityStamp());
        return context.notifyContainerAboutLogin(login.username(), groups);
    }

    /**
     * Whether the account behind a portal session is still enabled and unchanged since its login — one primary-key
     * read per request (robustness issue: a disabled account, a removed role or a changed password takes effect on the
     * next request of every portal session).
     */
    private boolean stillHolds(HttpSession session) {
        return session.getAttribute(SESSION_USER_ID) instanceof Long userId
                && session.getAttribute(SESSION_STAMP) instanceof Long stamp
                && users.sessionStillHolds(userId, stamp);
    }

    /** Style sheets, scripts and images of the faces resource handler show no business data. */
    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI().contains("/jakarta.faces.resource/");
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
