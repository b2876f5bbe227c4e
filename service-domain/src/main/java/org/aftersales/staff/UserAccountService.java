package org.aftersales.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;

/**
 * Login checks and user administration. Passwords are hashed with PBKDF2 (Jakarta Security's
 * {@link Pbkdf2PasswordHash}, SHA-512) and never logged; failed logins count towards a temporary lock whatever
 * the channel (form or HTTP Basic).
 */
@ApplicationScoped
public class UserAccountService {

    static final Logger SECURITY_LOG = Logger.getLogger("org.aftersales.security");

    /**
     * The outcome of a login attempt; the same "invalid" for an unknown user, a wrong password, a locked account. A
     * valid one names the account and the security stamp it was granted under (see {@link AppUser}).
     */
    public record LoginResult(
            boolean valid, String username, Set<Role> roles, String locale, long userId, long securityStamp) {
        static final LoginResult INVALID = new LoginResult(false, null, Set.of(), null, 0, 0);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @jakarta.annotation.PostConstruct
    void configureHash() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    /** A hash to verify against for unknown users, so that they take as long as known ones. */
    private volatile String dummyHash;

    @Transactional(TxType.REQUIRES_NEW)
    public LoginResult login(String username, char[] password, String channel) {
        Optional<AppUser> found = byUsername(username);
        if (found.isEmpty()) {
            hash.verify(password, dummyHash());
            SECURITY_LOG.info(() -> "login refused (" + channel + "): unknown user");
            return LoginResult.INVALID;
        }
        AppUser user = found.get();
        if (user.isLockedAt(clock.instant())) {
            hash.verify(password, dummyHash());
            SECURITY_LOG.warning(() -> "login refused (" + channel + "): account locked: " + user.getUsername());
            return LoginResult.INVALID;
        }
        if (!hash.verify(password, user.getPasswordHash()) || !user.isEnabled()) {
            user.recordFailedLogin(clock.instant());
            SECURITY_LOG.warning(() -> "login refused (" + channel + "): bad credentials for " + user.getUsername()
                    + (user.isLockedAt(clock.instant()) ? ", account now locked" : ""));
            return LoginResult.INVALID;
        }
        user.recordSuccessfulLogin();
        SECURITY_LOG.info(() -> "login (" + channel + "): " + user.getUsername());
        return new LoginResult(
                true, user.getUsername(), user.getRoles(), user.getLocale(), user.getId(), user.getSecurityStamp());
    }

    /**
     * Whether a login granted under {@code securityStamp} still holds: the account exists, is enabled and its stamp is
     * unchanged (a new password, other roles, another department or a disabled account change it). With
     * {@code lockCounts} a current lock refuses too, as it refuses a login — the API's case, where every call is a
     * login; a portal session outlives a lock (five wrong passwords typed by someone else must not log a user out).
     *
     * <p>Asked on every request of a portal session and every API call whose credentials were verified before: one
     * read by primary key, no transaction, nothing cached — so a change committed on any instance counts at once.
     */
    @Transactional(TxType.SUPPORTS)
    public boolean loginStillHolds(long userId, long securityStamp, boolean lockCounts) {
        List<Object[]> rows = em.createQuery(
                        "select u.enabled, u.lockedUntil, u.securityStamp from AppUser u where u.id = :id",
                        Object[].class)
                .setParameter("id", userId)
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = rows.get(0);
        boolean enabled = (Boolean) row[0];
        java.time.Instant lockedUntil = (java.time.Instant) row[1];
        long stamp = ((Number) row[2]).longValue();
        boolean locked = lockedUntil != null && clock.instant().isBefore(lockedUntil);
        return enabled && stamp == securityStamp && !(lockCounts && locked);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hash.generate("not-a-password-of-anyone".toCharArray());
        }
        return dummyHash;
    }

    public String hashOf(char[] password) {
        return hash.generate(password);
    }

    @Transactional
    public Optional<AppUser> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em
                .createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", username.strip().toLowerCase())
                .getResultList()
                .stream()
                .findFirst();
    }

    @Transactional
    public void chooseLocale(String username, String locale) {
        byUsername(username).ifPresent(user -> user.chooseLocale(locale));
    }

    // ---- administration (ADMIN only) ----

    /**
     * "department" sorts by the left-joined {@code d}: the path {@code u.department.name} would inner-join and drop
     * the users without a department (the ERP account) from the page.
     */
    private static final Map<String, String> SORT_FIELDS =
            Map.of("username", "u.username", "displayName", "u.displayName", "department", "d.name");

    @Transactional
    public Page<AppUser> list(String text, PageRequest page) {
        caller.require(Permission.USER_ADMIN);
        String where = text == null || text.isBlank()
                ? ""
                : " where lower(u.username) like :text or lower(u.displayName) like :text";
        String order = page.orderBy(SORT_FIELDS, "u.username");
        var query = em.createQuery(
                "select u from AppUser u left join u.department d" + where + " order by " + order, AppUser.class);
        var count = em.createQuery("select count(u) from AppUser u" + where, Long.class);
        if (!where.isEmpty()) {
            query.setParameter("text", "%" + text.strip().toLowerCase() + "%");
            count.setParameter("text", "%" + text.strip().toLowerCase() + "%");
        }
        return new Page<>(
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @Transactional
    public AppUser create(String username, String displayName, char[] password, Long departmentId, Set<Role> roles) {
        return create(username, displayName, password, departmentId, roles, null);
    }

    /**
     * Creates an account, with the e-mail address its notifications are mailed to (R-S5, R-S11) when one is given
     * (blank: none). The address is checked by the same rule and refused with the same message as in
     * {@link #changeEmail}, before anything is stored; it is set on the stored account as a change, so the audit trail
     * shows it as the edit dialog's change does (field {@code email}, old → new), not hidden in the "created" line.
     */
    @Transactional
    public AppUser create(
            String username, String displayName, char[] password, Long departmentId, Set<Role> roles, String email) {
        caller.require(Permission.USER_ADMIN);
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!name.matches("[a-z0-9._-]{2,64}")) {
            throw new BusinessException("username", "user.error.usernameFormat");
        }
        if (byUsername(name).isPresent()) {
            throw new BusinessException("username", "user.error.usernameTaken", name);
        }
        if (roles.isEmpty()) {
            throw new BusinessException("roles", "user.error.noRole");
        }
        PasswordPolicy.check(name, password);
        String address = Inputs.email("email", email, "user.error.email");
        AppUser user = new AppUser(name, displayName, hash.generate(password), roles);
        user.assignDepartment(department(departmentId));
        em.persist(user);
        SECURITY_LOG.info(() -> "user created: " + name + " by " + caller.username());
        if (address != null) {
            em.flush();
            user.changeEmail(address);
            SECURITY_LOG.info(() -> "e-mail changed: " + name + " by " + caller.username());
        }
        return user;
    }

    @Transactional
    public AppUser update(
            long id, long expectedVersion, String displayName, Long departmentId, Set<Role> roles, boolean enabled) {
        caller.require(Permission.USER_ADMIN);
        AppUser user = find(id);
        if (user.getVersion() != expectedVersion) {
            throw new StaleVersionException(user.getModifiedBy(), user.getModifiedAt());
        }
        if (roles.isEmpty()) {
            throw new BusinessException("roles", "user.error.noRole");
        }
        user.changeProfile(displayName, department(departmentId), roles, enabled);
        SECURITY_LOG.info(() -> "user changed: " + user.getUsername() + " roles " + roles + " by " + caller.username());
        return user;
    }

    /** The profile and the e-mail address together, as the administrator's dialog saves them: all or nothing. */
    @Transactional
    public AppUser update(
            long id,
            long expectedVersion,
            String displayName,
            Long departmentId,
            Set<Role> roles,
            boolean enabled,
            String email) {
        AppUser user = update(id, expectedVersion, displayName, departmentId, roles, enabled);
        if (!java.util.Objects.equals(user.getEmail(), org.aftersales.shared.Inputs.stripToNull(email))) {
            user.changeEmail(email);
            SECURITY_LOG.info(() -> "e-mail changed: " + user.getUsername() + " by " + caller.username());
        }
        return user;
    }

    /**
     * The administrator sets a user's e-mail address, where the breach and crisis notifications are mailed (R-S5,
     * R-S11); blank removes it. The change is in the audit trail (the entity listener) and the security log.
     */
    @Transactional
    public AppUser changeEmail(long id, long expectedVersion, String email) {
        caller.require(Permission.USER_ADMIN);
        AppUser user = find(id);
        if (user.getVersion() != expectedVersion) {
            throw new StaleVersionException(user.getModifiedBy(), user.getModifiedAt());
        }
        user.changeEmail(email);
        SECURITY_LOG.info(() -> "e-mail changed: " + user.getUsername() + " by " + caller.username());
        return user;
    }

    /** Every logged-in user sets their own e-mail address (blank removes it); audited like the administrator's edit. */
    @Transactional
    public AppUser changeOwnEmail(long expectedVersion, String email) {
        AppUser user = byUsername(caller.username()).orElseThrow(AccessDeniedException::new);
        if (user.getVersion() != expectedVersion) {
            throw new StaleVersionException(user.getModifiedBy(), user.getModifiedAt());
        }
        user.changeEmail(email);
        SECURITY_LOG.info(() -> "e-mail changed: " + user.getUsername() + " by " + caller.username());
        return user;
    }

    /** The caller's own account, to show and edit on the account page. */
    @Transactional
    public AppUser own() {
        return byUsername(caller.username()).orElseThrow(AccessDeniedException::new);
    }

    @Transactional
    public void resetPassword(long id, char[] password) {
        caller.require(Permission.USER_ADMIN);
        AppUser user = find(id);
        PasswordPolicy.check(user.getUsername(), password);
        user.changePasswordHash(hash.generate(password));
        user.unlock();
        SECURITY_LOG.info(() -> "password reset: " + user.getUsername() + " by " + caller.username());
    }

    @Transactional
    public AppUser find(long id) {
        caller.require(Permission.USER_ADMIN);
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw new NotFoundException("user", id);
        }
        return user;
    }

    @Transactional
    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.name", Department.class)
                .getResultList();
    }

    @Transactional
    public Department createDepartment(String name, DepartmentKind kind) {
        caller.require(Permission.USER_ADMIN);
        if (name == null || name.isBlank() || kind == null) {
            throw new BusinessException("name", "department.error.required");
        }
        boolean taken = !em.createQuery("select d.id from Department d where d.name = :name", Long.class)
                .setParameter("name", name.strip())
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new BusinessException("name", "department.error.nameTaken", name.strip());
        }
        Department department = new Department(name.strip(), kind);
        em.persist(department);
        return department;
    }

    private Department department(Long id) {
        return id == null ? null : em.find(Department.class, id);
    }
}
