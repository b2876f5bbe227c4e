package org.aftersales.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;

/**
 * A person who logs in to the portal or, with role INTEGRATION, a system that calls the API.
 *
 * <p>Guards the login rules: {@value #MAX_FAILED_LOGINS} failed logins in a row lock the account for
 * {@link #LOCK_DURATION}; a successful login resets the count. Passwords are stored only as PBKDF2 hashes.
 *
 * <p>The <em>security stamp</em> changes whenever what a login grants changes: the password, the roles, the department
 * (a project department sees only its own projects) or enabled/disabled. A portal session and a cached API credential
 * remember the stamp they were granted under and are honoured only while it is unchanged, so that the administrator's
 * change takes effect on the next request of every session (robustness issue: "a disabled account, a removed role or a
 * changed password takes effect on the next request"). A lock after failed logins does not change it: whoever can type
 * five wrong passwords must not be able to log the real user out; a locked account's API calls are refused
 * ({@code UserAccountService.loginStillHolds}).
 */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    public static final int USERNAME_LENGTH = 64;
    public static final int DISPLAY_NAME_LENGTH = 100;
    public static final int EMAIL_LENGTH = 200;
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Pattern(regexp = "[a-z0-9._-]+")
    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> roles = new HashSet<>();

    /** zh_CN (default) or en: the user's chosen UI language. */
    @Column(nullable = false, length = 10)
    private String locale = "zh_CN";

    @Column(nullable = false)
    private boolean enabled = true;

    /** Where notifications are mailed (R-S5, R-S11); {@code null}: the portal inbox only. */
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Convert(converter = InstantConverter.class)
    @Convert(converter = InstantConverter.class)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    protected AppUser() {}

    public AppUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        securityStamp++;
    }

    public void changeProfile(String newDisplayName, Department newDepartment, Set<Role> newRoles, boolean nowEnabled) {
        Set<Role> changedRoles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        boolean grantsChange = !getRoles().equals(changedRoles)
                || enabled != nowEnabled
                || !Objects.equals(departmentId(department), departmentId(newDepartment));
        this.displayName = newDisplayName;
        this.department = newDepartment;
        this.roles = newRoles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(newRoles);
        this.enabled = nowEnabled;
        if (grantsChange) {
            securityStamp++;
        }
    }

    public void assignDepartment(Department newDepartment) {
        if (!Objects.equals(departmentId(department), departmentId(newDepartment))) {
            securityStamp++;
        }
        this.department = newDepartment;
    }

    private static Long departmentId(Department department) {
        return department == null ? null : department.getId();
    }

    /** See the class comment: changes with the password, the roles, the department and enabled/disabled. */
    public long getSecurityStamp() {
        return securityStamp;
    }

    public void chooseLocale(String newLocale) {
        this.locale = "en".equals(newLocale) ? "en" : "zh_CN";
    }

    /** The address notifications are mailed to; blank removes it. */
    public void changeEmail(String newEmail) {
        this.email = Inputs.email("email", newEmail, "user.error.email");
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Department getDepartment() {
        return department;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
