package org.aftersales.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A user's e-mail address — where the breach and crisis notifications go (R-S5, R-S11) — set by the administrator or by
 * the user themself, checked for its form, and audited (on the migrated schema, H2).
 */
class UserEmailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestDatabase database;
    private AppUser leader;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("useremail");
        leader = database.saved(new AppUser("leader", "张分管", "hash", Set.of(Role.DIVISION_LEADER)));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private UserAccountService as(String username, Role role) {
        return AccountFixtures.accountService(
                database.em(),
                new TestCaller(null, role) {
                    @Override
                    public String username() {
                        return username;
                    }
                },
                CLOCK);
    }

    private AppUser reread() {
        database.em().clear();
        return database.em().find(AppUser.class, leader.getId());
    }

    @Test
    @DisplayName(
            "R-S5 R-O1 the administrator sets a user's e-mail address; a malformed one is refused with the field named; the change is audited")
    void adminSetsEmail() {
        UserAccountService admin = as("admin", Role.ADMIN);
        long version = reread().getVersion();

        BusinessException refused = (BusinessException) org.assertj.core.api.Assertions.catchThrowable(
                () -> database.inTransaction(() -> admin.changeEmail(leader.getId(), version, "zhang@@example")));
        assertThat(refused.getField()).isEqualTo("email");
        assertThat(refused.getMessageKey()).isEqualTo("user.error.email");
        assertThat(reread().getEmail()).isNull();

        database.inTransaction(() -> admin.changeEmail(leader.getId(), version, "  zhang@example.com "));
        assertThat(reread().getEmail()).isEqualTo("zhang@example.com");
        assertThat(database.count("audit_entry WHERE entity_type = 'AppUser' AND field = 'email'"
                        + " AND new_value = 'zhang@example.com'"))
                .isEqualTo(1);
        assertThatThrownBy(
                        () -> database.inTransaction(() -> admin.changeEmail(leader.getId(), version, "x@example.com")))
                .as("an edit of an older version is a lost update")
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> as("leader", Role.DIVISION_LEADER)
                        .changeEmail(leader.getId(), reread().getVersion(), "a@b.cn")))
                .as("only the administrator edits other users")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R-S5 a user sets and removes their own e-mail address, audited; nobody edits another's this way")
    void userSetsOwnEmail() {
        UserAccountService self = as("leader", Role.DIVISION_LEADER);

        database.inTransaction(() -> self.changeOwnEmail(reread().getVersion(), "zhang.fg@example.com"));
        assertThat(reread().getEmail()).isEqualTo("zhang.fg@example.com");
        assertThat(database.count("audit_entry WHERE entity_type = 'AppUser' AND field = 'email'"
                        + " AND new_value = 'zhang.fg@example.com'"))
                .isEqualTo(1);

        assertThatThrownBy(() -> database.inTransaction(() -> self.changeOwnEmail(reread().getVersion(), "no-at-sign")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("user.error.email");
        database.inTransaction(() -> self.changeOwnEmail(reread().getVersion(), " "));
        assertThat(reread().getEmail()).as("blank removes it").isNull();
        assertThatThrownBy(() -> database.inTransaction(
                        () -> as(null, Role.DIVISION_LEADER).changeOwnEmail(0, "a@b.cn")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private java.util.Optional<AppUser> stored(String username) {
        database.em().clear();
        return database
                .em()
                .createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", username)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Test
    @DisplayName(
            "R-S5 R-O1 the administrator gives a new user an e-mail address at creation: checked like an edit (a malformed"
                    + " one refused next to the field, no account stored), and audited as an e-mail change")
    void adminSetsEmailAtCreation() {
        UserAccountService admin = as("admin", Role.ADMIN);

        BusinessException refused = (BusinessException) org.assertj.core.api.Assertions.catchThrowable(
                () -> database.inTransaction(() -> admin.create(
                        "wang.gc",
                        "王工程师",
                        "Secret12345".toCharArray(),
                        null,
                        Set.of(Role.AFTER_SALES_ENGINEER),
                        "wang@@example")));
        assertThat(refused.getField()).isEqualTo("email");
        assertThat(refused.getMessageKey()).isEqualTo("user.error.email");
        assertThat(stored("wang.gc")).as("nothing half-stored").isEmpty();

        long id = database.inTransaction(() -> admin.create(
                        "wang.gc",
                        "王工程师",
                        "Secret12345".toCharArray(),
                        null,
                        Set.of(Role.AFTER_SALES_ENGINEER),
                        "  wang.gc@example.com "))
                .getId();
        assertThat(stored("wang.gc").orElseThrow().getEmail()).isEqualTo("wang.gc@example.com");
        assertThat(database.count("audit_entry WHERE entity_type = 'AppUser' AND entity_id = " + id
                        + " AND field = 'email' AND old_value IS NULL AND new_value = 'wang.gc@example.com'"))
                .isEqualTo(1);

        long without = database.inTransaction(() -> admin.create(
                        "li.gc", "李工程师", "Secret12345".toCharArray(), null, Set.of(Role.AFTER_SALES_ENGINEER), " "))
                .getId();
        assertThat(stored("li.gc").orElseThrow().getEmail())
                .as("blank: no address")
                .isNull();
        assertThat(database.count("audit_entry WHERE entity_type = 'AppUser' AND entity_id = " + without
                        + " AND field = 'email'"))
                .isZero();
    }
}
