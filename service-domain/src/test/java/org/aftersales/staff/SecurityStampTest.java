package org.aftersales.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The security stamp behind immediate revocation (robustness issue, item 4) and the API's credential cache (scale
 * issue): a login granted under a stamp holds while the account is enabled and its stamp unchanged — the password, the
 * roles, the department and disabling change it; what a login does not grant (e-mail, language, display name) and a
 * lock after failed logins do not. On the migrated schema (H2).
 */
class SecurityStampTest {

    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    private TestDatabase database;
    private UserAccountService admin;
    private Department projectOne;
    private Department projectTwo;
    private AppUser wang;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("securitystamp");
        admin = AccountFixtures.accountService(database.em(), new TestCaller(null, Role.ADMIN), CLOCK);
        projectOne = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        projectTwo = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        wang = database.saved(new AppUser("wang", "王工", "plain:Secret12345", Set.of(Role.PROJECT_DEPT)));
        database.inTransaction(() -> admin.find(wang.getId()).assignDepartment(projectOne));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private AppUser reread() {
        database.em().clear();
        return database.em().find(AppUser.class, wang.getId());
    }

    private UserAccountService.LoginResult login(String password) {
        return database.inTransaction(() -> admin.login("wang", password.toCharArray(), "basic"));
    }

    private boolean holds(UserAccountService.LoginResult granted, boolean lockCounts) {
        return admin.loginStillHolds(granted.userId(), granted.securityStamp(), lockCounts);
    }

    private void editProfile(String displayName, Department department, Set<Role> roles, boolean enabled) {
        database.inTransaction(() ->
                admin.update(wang.getId(), reread().getVersion(), displayName, department.getId(), roles, enabled));
    }

    @Test
    @DisplayName("R-O1 a login holds until the password changes: the next check refuses the old grant")
    void passwordChangeEndsTheGrant() {
        UserAccountService.LoginResult granted = login("Secret12345");
        assertThat(granted.valid()).isTrue();
        assertThat(granted.userId()).isEqualTo(wang.getId());
        assertThat(holds(granted, true)).as("unchanged account").isTrue();

        database.inTransaction(() -> admin.resetPassword(wang.getId(), "Another12345".toCharArray()));

        assertThat(holds(granted, true))
                .as("API credential after a password change")
                .isFalse();
        assertThat(holds(granted, false))
                .as("portal session after a password change")
                .isFalse();
        assertThat(holds(login("Another12345"), true))
                .as("a login with the new password")
                .isTrue();
    }

    @Test
    @DisplayName("R-O1 a removed role, another department or a disabled account ends every grant made before")
    void rolesDepartmentAndDisablingEndTheGrant() {
        UserAccountService.LoginResult first = login("Secret12345");
        editProfile("王工", projectOne, Set.of(Role.PROJECT_DEPT, Role.DESIGN), true);
        assertThat(holds(first, false)).as("a role added").isFalse();

        UserAccountService.LoginResult second = login("Secret12345");
        editProfile("王工", projectTwo, Set.of(Role.PROJECT_DEPT, Role.DESIGN), true);
        assertThat(holds(second, false))
                .as("another department (it decides which projects are seen)")
                .isFalse();

        UserAccountService.LoginResult third = login("Secret12345");
        editProfile("王工", projectTwo, Set.of(Role.PROJECT_DEPT, Role.DESIGN), false);
        assertThat(holds(third, false)).as("disabled").isFalse();
        assertThat(login("Secret12345").valid())
                .as("a disabled account cannot log in")
                .isFalse();
    }

    @Test
    @DisplayName("R-O1 what a login does not grant — display name, e-mail, language — leaves every session as it is")
    void otherEditsKeepTheGrant() {
        UserAccountService.LoginResult granted = login("Secret12345");
        editProfile("王工程师", projectOne, Set.of(Role.PROJECT_DEPT), true);
        database.inTransaction(() -> admin.changeEmail(wang.getId(), reread().getVersion(), "wang@example.com"));
        database.inTransaction(() -> admin.chooseLocale("wang", "en"));

        assertThat(reread().getSecurityStamp()).isEqualTo(granted.securityStamp());
        assertThat(holds(granted, true)).isTrue();
    }

    @Test
    @DisplayName(
            "R-O1 five wrong passwords lock the account: its API credentials are refused while locked, its portal session"
                    + " goes on (a stranger's typing must not log a user out)")
    void lockRefusesTheApiNotTheSession() {
        UserAccountService.LoginResult granted = login("Secret12345");
        for (int attempt = 0; attempt < AppUser.MAX_FAILED_LOGINS; attempt++) {
            assertThat(login("wrong-password").valid()).isFalse();
        }
        assertThat(reread().isLockedAt(NOW)).isTrue();

        assertThat(holds(granted, true)).as("API: every call is a login").isFalse();
        assertThat(holds(granted, false)).as("portal session").isTrue();
        UserAccountService later = AccountFixtures.accountService(
                database.em(),
                new TestCaller(null, Role.ADMIN),
                Clock.offset(CLOCK, AppUser.LOCK_DURATION.plus(Duration.ofSeconds(1))));
        assertThat(later.loginStillHolds(granted.userId(), granted.securityStamp(), true))
                .as("after the lock has run out")
                .isTrue();
    }

    @Test
    @DisplayName("R-O1 an account that no longer exists holds no grant")
    void unknownAccount() {
        assertThat(admin.loginStillHolds(-1, 0, false)).isFalse();
    }
}
