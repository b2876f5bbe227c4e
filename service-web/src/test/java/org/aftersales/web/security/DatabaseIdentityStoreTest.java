package org.aftersales.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.aftersales.staff.Role;
import org.aftersales.staff.UserAccountService;
import org.aftersales.staff.UserAccountService.LoginResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The API's credential cache (scale issue) with immediate revocation (robustness issue): a repeated HTTP Basic call
 * skips the PBKDF2 hash only while the account's security stamp is unchanged, and never outlives a password change, a
 * role change, a lock or its own lifetime. The account store is a stand-in that counts full logins (each one is a
 * PBKDF2 hash in production) and answers the stamp check as the database would.
 */
class DatabaseIdentityStoreTest {

    /** An account "erp" with password "secret", stamp {@link #stamp}; a full login counts in {@link #fullLogins}. */
    static class Accounts extends UserAccountService {
        int fullLogins;
        int stampChecks;
        long stamp = 7;
        String password = "secret";
        boolean enabled = true;
        boolean locked;
        Set<Role> roles = Set.of(Role.INTEGRATION);

        @Override
        public LoginResult login(String username, char[] password, String channel) {
            fullLogins++;
            boolean valid = "erp".equals(username) && this.password.equals(new String(password)) && enabled && !locked;
            return valid
                    ? new LoginResult(true, "erp", roles, "zh_CN", 42, stamp)
                    : new LoginResult(false, null, Set.of(), null, 0, 0);
        }

        @Override
        public boolean loginStillHolds(long userId, long securityStamp, boolean lockCounts) {
            stampChecks++;
            return userId == 42 && securityStamp == stamp && enabled && !(lockCounts && locked);
        }
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T08:00:00Z"));
    private Accounts accounts;
    private DatabaseIdentityStore store;

    @BeforeEach
    void setUp() {
        accounts = new Accounts();
        store = new DatabaseIdentityStore();
        store.accounts = accounts;
        store.clock = clock;
        store.cacheSeconds = 300;
        store.createCache();
    }

    private boolean basic(String user, String password) {
        return store.verify(user, password.toCharArray(), "basic").isPresent();
    }

    @Test
    @DisplayName(
            "Scale: a repeated Basic call with the same credentials is verified once (one hash), then by its stamp only")
    void repeatedCallsHashOnce() {
        for (int call = 0; call < 100; call++) {
            assertThat(basic("erp", "secret")).isTrue();
        }
        assertThat(accounts.fullLogins).as("PBKDF2 verifications").isEqualTo(1);
        assertThat(accounts.stampChecks)
                .as("one primary-key read per cached call")
                .isEqualTo(99);
    }

    @Test
    @DisplayName(
            "R-O1 a wrong password is never answered from the cache: each one is a full login that counts for the lockout")
    void wrongPasswordsAlwaysCount() {
        assertThat(basic("erp", "secret")).isTrue();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(basic("erp", "Secret")).isFalse();
        }
        assertThat(accounts.fullLogins).isEqualTo(6);
    }

    @Test
    @DisplayName("R-O1 the cache does not outlive a password change, a role change, a disabled account or a lock")
    void revocationIsImmediate() {
        assertThat(basic("erp", "secret")).isTrue();

        accounts.password = "changed";
        accounts.stamp++; // the administrator set a new password
        assertThat(basic("erp", "secret")).as("old password after the change").isFalse();
        assertThat(basic("erp", "changed")).as("the new password").isTrue();
        accounts.password = "secret";
        accounts.stamp++;
        assertThat(basic("erp", "secret")).isTrue();
        accounts.roles = Set.of(Role.FINANCE);
        accounts.stamp++;
        assertThat(store.verify("erp", "secret".toCharArray(), "basic")
                        .orElseThrow()
                        .groups())
                .as("a role change is seen on the next call")
                .containsExactly("FINANCE");

        accounts.locked = true;
        assertThat(basic("erp", "secret")).as("locked").isFalse();
        accounts.locked = false;
        assertThat(basic("erp", "secret")).isTrue();

        accounts.enabled = false;
        assertThat(basic("erp", "secret")).as("disabled").isFalse();
    }

    @Test
    @DisplayName("Scale: a remembered verification expires after its lifetime and is then checked in full again")
    void entriesExpire() {
        assertThat(basic("erp", "secret")).isTrue();
        clock.advance(Duration.ofSeconds(299));
        assertThat(basic("erp", "secret")).isTrue();
        assertThat(accounts.fullLogins).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(basic("erp", "secret")).isTrue();
        assertThat(accounts.fullLogins).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "R-O1 form logins are always checked in full (once per session), and portal sessions end on a new stamp")
    void formLoginsAreNotCached() {
        assertThat(store.verify("erp", "secret".toCharArray(), "form")).isPresent();
        assertThat(store.verify("erp", "secret".toCharArray(), "form")).isPresent();
        assertThat(accounts.fullLogins).isEqualTo(2);

        assertThat(store.sessionStillHolds(42, 7)).isTrue();
        accounts.stamp++;
        assertThat(store.sessionStillHolds(42, 7)).isFalse();
    }

    @Test
    @DisplayName("Scale: the cache is bounded, and only the exact user name and password find an entry")
    void boundedAndKeyed() {
        CredentialCache cache = new CredentialCache(clock, Duration.ofMinutes(5));
        for (int user = 0; user <= CredentialCache.MAX_ENTRIES + 10; user++) {
            cache.remember("user" + user, "password".toCharArray(), user, "user" + user, Set.of(), 0);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(CredentialCache.MAX_ENTRIES);
        cache.remember("erp", "secret".toCharArray(), 42, "erp", Set.of("INTEGRATION"), 7);
        assertThat(cache.find("erp", "secret".toCharArray())).isPresent();
        assertThat(cache.find("erp", "secreT".toCharArray())).isEmpty();
        assertThat(cache.find("erp\0", "secret".toCharArray())).isEmpty();
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
