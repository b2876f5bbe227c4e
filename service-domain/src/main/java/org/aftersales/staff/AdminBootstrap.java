package org.aftersales.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.aftersales.persistence.DatabaseReady;
import org.aftersales.shared.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first login of a production installation. Outside demo mode no account and no default password exist; the
 * installer sets {@code aftersales.bootstrap.admin-password} (environment AFTERSALES_BOOTSTRAP_ADMIN_PASSWORD) for the
 * first start, and on an empty user table an administrator "admin" is created with that password (which must meet the
 * password policy). The administrator then creates the real users; the property is removed afterwards.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "aftersales.bootstrap.admin-password")
    Optional<String> password;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccountService accounts;

    @Inject
    AdminBootstrap self;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        password.filter(p -> !p.isBlank()).ifPresent(p -> CurrentUser.runAs("bootstrap", () -> self.createAdmin(p)));
    }

    @Transactional
    public void createAdmin(String initialPassword) {
        long users =
                em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        PasswordPolicy.check("admin", initialPassword.toCharArray());
        em.persist(new AppUser(
                "admin", "Administrator", accounts.hashOf(initialPassword.toCharArray()), EnumSet.of(Role.ADMIN)));
        LOG.info("Bootstrap: administrator account 'admin' created; remove aftersales.bootstrap.admin-password now");
    }
}
