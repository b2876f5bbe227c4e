package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OwnerLinksTest {

    private static final Instant CLOSED = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    @DisplayName("issue 16 Tokens: a token carries at least 128 random bits, base64url, and differs each time")
    void tokenHasEnoughRandomBits() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = OwnerLinks.newToken(random);
            assertThat(Base64.getUrlDecoder().decode(token).length * 8).isGreaterThanOrEqualTo(128);
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(OwnerLinks.wellFormed(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(100);
        assertThat(OwnerLinks.wellFormed("abc")).isFalse();
        assertThat(OwnerLinks.wellFormed(null)).isFalse();
        assertThat(OwnerLinks.wellFormed("A".repeat(42) + "/")).isFalse();
    }

    @Test
    @DisplayName("issue 16 Tokens: only the SHA-256 hash of a token is stored, never the token")
    void storedHashIsNotTheToken() {
        String token = OwnerLinks.newToken(new SecureRandom());
        String hash = OwnerLinks.hash(token);
        assertThat(hash).hasSize(OwnerLinks.HASH_LENGTH).matches("[0-9a-f]{64}").doesNotContain(token);
        assertThat(OwnerLinks.hash(token)).isEqualTo(hash);
        // SHA-256("abc"), the standard test vector
        assertThat(OwnerLinks.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    @DisplayName("issue 16 owner's link: expiresAt is null while open, 30 days after closing or cancelling")
    void expiresThirtyDaysAfterClose() {
        assertThat(OwnerLinks.expiresAt(null, null)).isNull();
        assertThat(OwnerLinks.expiresAt(CLOSED, null)).isEqualTo(CLOSED.plus(Duration.ofDays(30)));
        assertThat(OwnerLinks.expiresAt(null, CLOSED)).isEqualTo(Instant.parse("2026-12-31T08:00:00Z"));
    }

    @Test
    @DisplayName("issue 16 owner's link: a revoked or expired link opens nothing; an open case's link opens it")
    void revokedOrExpiredOpensNothing() {
        Instant expires = OwnerLinks.expiresAt(CLOSED, null);
        assertThat(OwnerLinks.opens(null, null, CLOSED.plus(Duration.ofDays(3650))))
                .isTrue();
        assertThat(OwnerLinks.opens(null, expires, expires.minusSeconds(1))).isTrue();
        assertThat(OwnerLinks.opens(null, expires, expires)).isFalse();
        assertThat(OwnerLinks.opens(CLOSED, null, CLOSED.plusSeconds(1))).isFalse();
    }
}
