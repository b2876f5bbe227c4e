package org.aftersales.web.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.aftersales.servicecase.OwnerLinks;
import org.aftersales.web.security.ClientAddress;
import org.aftersales.web.security.FixedWindowLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public endpoints' settings and rate limits (issue 16, Tokens): per client address (default 30 a minute) and per
 * token (default 10 a minute), counted in memory by each instance ({@link FixedWindowLimiter}); the client address from
 * {@code X-Forwarded-For} only for a request from one of {@code aftersales.public.trusted-proxies} ({@link
 * ClientAddress}). The links' addresses begin with {@code aftersales.url}.
 */
@ApplicationScoped
public class PublicAccess {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "aftersales.url", defaultValue = "http://localhost:8080/aftersales/")
    String url;

    @Inject
    @ConfigProperty(name = "aftersales.public.rate.per-address", defaultValue = "30")
    int perAddress;

    @Inject
    @ConfigProperty(name = "aftersales.public.rate.per-token", defaultValue = "10")
    int perToken;

    /** The window the limits count in; a minute (a test may make it longer so that no window ends during it). */
    @Inject
    @ConfigProperty(name = "aftersales.public.rate.window-seconds", defaultValue = "60")
    int windowSeconds;

    @Inject
    @ConfigProperty(name = "aftersales.public.trusted-proxies")
    Optional<String> trustedProxies;

    private FixedWindowLimiter addresses;
    private FixedWindowLimiter tokens;
    private Set<String> proxies;

    @PostConstruct
    void init() {
        Duration window = Duration.ofSeconds(Math.max(1, windowSeconds));
        addresses = new FixedWindowLimiter(clock, perAddress, window);
        tokens = new FixedWindowLimiter(clock, perToken, window);
        proxies = ClientAddress.proxies(trustedProxies.orElse(null));
    }

    /**
     * Counts a public request for {@code token}: empty when both the client's address and the token are within their
     * limits, else the seconds to wait. The token is counted by its hash, so no token is held in memory.
     */
    OptionalLong admit(HttpServletRequest request, String token) {
        String client = ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies);
        OptionalLong wait = addresses.hit(client);
        if (wait.isPresent()) {
            return wait;
        }
        return tokens.hit(OwnerLinks.hash(token == null ? "" : token));
    }

    /** The owner's address for a token: the application's public address followed by the public API's path. */
    String ownerUrl(String token) {
        return (url.endsWith("/") ? url : url + "/") + "api/public/cases/" + token;
    }
}
