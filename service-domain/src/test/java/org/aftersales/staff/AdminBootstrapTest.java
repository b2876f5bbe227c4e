package org.aftersales.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.shared.BusinessException;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

    private TestDatabase database;
    private AdminBootstrap bootstrap;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("bootstrap");
        bootstrap = new AdminBootstrap();
        bootstrap.em = database.em();
        bootstrap.accounts = new UserAccountService() {
            @Override
            public String hashOf(char[] password) {
                return "hashed:" + password.length;
            }
        };
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    @DisplayName(
            "R-O1 outside demo mode the first administrator comes from the bootstrap password, once, and only a strong one")
    void firstAdministrator() {
        assertThatThrownBy(() -> database.inTransaction(() -> bootstrap.createAdmin("admin")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("user.error.passwordTooShort");
        assertThat(database.count("app_user")).isZero();

        database.inTransaction(() -> bootstrap.createAdmin("Wasser2026Klar"));
        database.inTransaction(() -> bootstrap.createAdmin("Another2026Password"));

        assertThat(database.count("app_user")).isEqualTo(1);
        AppUser admin = database.em()
                .createQuery("select u from AppUser u", AppUser.class)
                .getSingleResult();
        assertThat(admin.getUsername()).isEqualTo("admin");
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.getPasswordHash()).isEqualTo("hashed:14");
    }
}
