package org.aftersales.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.staff.UserAccountService;
import org.aftersales.staff.UserAccountService.LoginResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one user store behind form login and HTTP Basic: the app_user table (R-O1).
 *
 * <p>HTTP Basic sends the password with every API call. A call whose user name and password were verified in the last
 * minutes is taken from the {@link CredentialCache} after {@link UserAccountService#loginStillHolds} has confirmed, in
 * one primary-key read, that nothing about the account changed since; every other call — the first, a wrong password, a
 * changed account — gets the full check with its PBKDF2 hash and its lockout count. Form logins are always checked in
 * full: they happen once per session.
 *
 * <p>The authentication mechanism calls {@link #verify} directly, to learn the account's id and security stamp, which a
 * portal session remembers and checks on every request ({@link #sessionStillHolds}).
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    UserAccountService accounts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "aftersales.auth.cache-seconds", defaultValue = "300")
    long cacheSeconds;

    private CredentialCache cache;

    @PostConstruct
    void createCache() {
        cache = new CredentialCache(clock, Duration.ofSeconds(Math.max(0, cacheSeconds)));
    }

    /** A verified login: the account, its user name, its roles as the container's groups, its security stamp. */
    public record Login(long userId, String username, Set<String> groups, long securityStamp) {}

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return verify(login.getCaller(), login.getPassword().getValue(), "form")
                .map(valid -> new CredentialValidationResult(valid.username(), valid.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /**
     * Checks a user name and password that came through {@code channel} ("form" or "basic"): from the cache for a
     * repeated Basic call whose account is unchanged, else in full (PBKDF2, lockout count).
     */
    public Optional<Login> verify(String username, char[] password, String channel) {
        boolean cached = "basic".equals(channel) && cacheSeconds > 0;
        if (cached) {
            Optional<CredentialCache.Verified> known = cache.find(username, password);
            if (known.isPresent()) {
                CredentialCache.Verified verified = known.get();
                if (accounts.loginStillHolds(verified.userId(), verified.securityStamp(), true)) {
                    return Optional.of(new Login(
                            verified.userId(), verified.username(), verified.groups(), verified.securityStamp()));
                }
                cache.forget(username, password);
            }
        }
        LoginResult result = accounts.login(username, password, channel);
        if (!result.valid()) {
            return Optional.empty();
        }
        Set<String> groups = result.roles().stream().map(Enum::name).collect(Collectors.toSet());
        if (cached) {
            cache.remember(username, password, result.userId(), result.username(), groups, result.securityStamp());
        }
        return Optional.of(new Login(result.userId(), result.username(), groups, result.securityStamp()));
    }

    /** Whether a portal session granted under {@code securityStamp} still holds (a lock does not end it). */
    public boolean sessionStillHolds(long userId, long securityStamp) {
        return accounts.loginStillHolds(userId, securityStamp, false);
    }
}
