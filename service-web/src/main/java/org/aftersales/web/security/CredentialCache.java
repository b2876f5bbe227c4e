package org.aftersales.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The API's short memory of HTTP Basic credentials it has verified (scale issue: "a repeated Basic call costs
 * microseconds, not a PBKDF2 hash"). The ERP calls with the same user name and password many times a minute; hashing
 * that password with PBKDF2 (120 000 rounds, about 100 ms of a core) on every call let two cores serve ten calls a
 * second.
 *
 * <p>What it keeps, and why it is safe:
 *
 * <ul>
 *   <li>Entries are found by an HMAC-SHA256 of user name and password under a random key made when this instance
 *       starts and never stored: the password is not in memory after the call, and a heap dump does not let anyone test
 *       guesses without the key. A wrong password gives another HMAC, misses, and goes to the full check — it still
 *       counts towards the lockout.
 *   <li>An entry names the account and the security stamp it was verified under ({@code AppUser}). A hit is honoured
 *       only after one primary-key read finds the account enabled, not locked and its stamp unchanged
 *       ({@code UserAccountService.loginStillHolds}); otherwise it is dropped and the full check decides. A password
 *       change, a removed role or a disabled account thus takes effect on the next call, on every instance of a cluster,
 *       with no message between instances: the database is the one truth, and the cache only skips the hash.
 *   <li>Entries live at most {@link #DEFAULT_LIFETIME} and there are at most {@link #MAX_ENTRIES}; when full, expired
 *       entries are dropped, and if that is not enough, all (the next calls hash once more).
 * </ul>
 */
public class CredentialCache {

    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    /** A verified login: who, with which roles (the container's groups), granted under which security stamp. */
    public record Verified(long userId, String username, Set<String> groups, long securityStamp, Instant until) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Verified> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration lifetime;

    public CredentialCache(Clock clock, Duration lifetime) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** The verification remembered for exactly this user name and password, if it has not expired. */
    public Optional<Verified> find(String username, char[] password) {
        String id = idOf(username, password);
        Verified verified = entries.get(id);
        if (verified == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.until())) {
            entries.remove(id, verified);
            return Optional.empty();
        }
        return Optional.of(verified);
    }

    public void remember(String username, char[] password, long userId, String caller, Set<String> groups, long stamp) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(
                idOf(username, password),
                new Verified(
                        userId,
                        caller,
                        Set.copyOf(groups),
                        stamp,
                        clock.instant().plus(lifetime)));
    }

    public void forget(String username, char[] password) {
        entries.remove(idOf(username, password));
    }

    int size() {
        return entries.size();
    }

    /** HMAC-SHA256 over the user name's length, the user name and the password: no two pairs give the same input. */
    private String idOf(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] name = username.getBytes(StandardCharsets.UTF_8);
            mac.update(java.nio.ByteBuffer.allocate(4).putInt(name.length).array());
            mac.update(name);
            mac.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", missing);
        }
    }
}
