package org.aftersales.staff;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.Map;

/** A {@link UserAccountService} wired by hand, with a plain stand-in for the container's PBKDF2 hash. */
public final class AccountFixtures {

    private AccountFixtures() {}

    public static UserAccountService accountService(EntityManager em, Caller caller, Clock clock) {
        UserAccountService accounts = new UserAccountService();
        accounts.em = em;
        accounts.clock = clock;
        accounts.caller = caller;
        accounts.hash = new Pbkdf2PasswordHash() {
            @Override
            public void initialize(Map<String, String> parameters) {}

            @Override
            public String generate(char[] password) {
                return "plain:" + new String(password);
            }

            @Override
            public boolean verify(char[] password, String hashedPassword) {
                return hashedPassword.equals(generate(password));
            }
        };
        return accounts;
    }
}
