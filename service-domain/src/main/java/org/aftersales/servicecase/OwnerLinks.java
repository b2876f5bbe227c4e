package org.aftersales.servicecase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The rules of the owner's link, in one place (issue 16, "The owner's link (no account, no password)" and "Tokens"):
 *
 * <ul>
 *   <li>a token is 256 random bits from {@link SecureRandom} ("≥ 128 random … bits"), written base64url without
 *       padding (43 characters), shown once;
 *   <li>only its SHA-256 hash is stored ("case tokens stored hashed"), so a copy of the database opens no case;
 *   <li>"{@code expiresAt} is null while the case is open and 30 days after closing once closed" — closed or cancelled,
 *       counted from {@code closedAt} or {@code cancelledAt};
 *   <li>"making a new link revokes the old one": a revoked link opens nothing;
 *   <li>an unknown, an expired and a revoked token are answered alike.
 * </ul>
 */
public final class OwnerLinks {

    /** 32 bytes: 256 bits, twice the floor. */
    public static final int TOKEN_BYTES = 32;

    /** How long a link keeps opening the case after it closed. */
    public static final Duration VALID_AFTER_CLOSE = Duration.ofDays(30);

    /** Length of the stored hash: SHA-256 in hexadecimal. */
    public static final int HASH_LENGTH = 64;

    private OwnerLinks() {}

    /** A new token: {@link #TOKEN_BYTES} random bytes, base64url without padding. */
    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 hash of a token, in lower-case hexadecimal: what is stored and looked up. */
    public static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", missing);
        }
    }

    /**
     * Whether {@code token} has the shape of a token at all (43 base64url characters): anything else is not looked up.
     */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(OwnerLinks::base64url);
    }

    private static boolean base64url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    /**
     * When a case's links stop opening it: {@code null} while it is open, {@link #VALID_AFTER_CLOSE} after it was
     * closed (or cancelled).
     */
    public static Instant expiresAt(Instant closedAt, Instant cancelledAt) {
        Instant ended = closedAt != null ? closedAt : cancelledAt;
        return ended == null ? null : ended.plus(VALID_AFTER_CLOSE);
    }

    /** {@link #expiresAt(Instant, Instant)} of the case. */
    public static Instant expiresAt(ServiceCase serviceCase) {
        return expiresAt(serviceCase.getClosedAt(), serviceCase.getCancelledAt());
    }

    /** Whether a link revoked at {@code revokedAt} (or not), expiring at {@code expiresAt} (or never) opens at {@code now}. */
    public static boolean opens(Instant revokedAt, Instant expiresAt, Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
