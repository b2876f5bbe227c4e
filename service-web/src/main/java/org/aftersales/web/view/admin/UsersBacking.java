package org.aftersales.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.staff.UserAccountService;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;
import org.primefaces.PrimeFaces;

/**
 * admin/users.xhtml: user accounts and departments (R-O1), for the administrator only (web.xml guards the URL, the
 * service checks {@code USER_ADMIN} again).
 *
 * <p>One dialog serves the three acts on an account — create, edit, reset password — so that its inputs carry the
 * field names of the use case ({@code username}, {@code password}, {@code roles}) exactly once in the form, and a
 * refusal of the service (say, the password policy) shows next to the input it is about, whichever act it came from.
 * The version read when the dialog opened goes back with the change, so a concurrent edit is refused, not lost.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the user dialog is doing. */
    private enum Mode {
        CREATE,
        EDIT,
        RESET_PASSWORD
    }

    @Inject
    transient UserAccountService accounts;

    @Inject
    transient Clock clock;

    private String text;

    private Mode mode = Mode.CREATE;
    private Long id;
    private long version;
    private String username;
    private String displayName;
    private Long departmentId;
    private Role[] roles = {};
    private boolean enabled = true;
    private boolean wasEnabled = true;
    private String password;
    private String email;

    private String departmentName;
    private DepartmentKind departmentKind;
    private List<Department> departments;

    private final PagedModel<AppUser> model = new PagedModel<>(request -> accounts.list(text, request));

    // ---- the user dialog ----

    public void prepareCreate() {
        mode = Mode.CREATE;
        id = null;
        version = 0;
        username = null;
        displayName = null;
        departmentId = null;
        roles = new Role[0];
        enabled = true;
        wasEnabled = true;
        email = null;
        password = null;
    }

    public void prepareEdit(long userId) {
        show(accounts.find(userId));
        mode = Mode.EDIT;
    }

    public void prepareResetPassword(long userId) {
        show(accounts.find(userId));
        mode = Mode.RESET_PASSWORD;
    }

    private void show(AppUser user) {
        id = user.getId();
        version = user.getVersion();
        username = user.getUsername();
        displayName = user.getDisplayName();
        departmentId =
                user.getDepartment() == null ? null : user.getDepartment().getId();
        roles = user.getRoles().toArray(Role[]::new);
        enabled = user.isEnabled();
        wasEnabled = user.isEnabled();
        email = user.getEmail();
        password = null;
    }

    /** Saves what the dialog shows: a new account, or the changed profile of an existing one. */
    public void save() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            chosen.addAll(Arrays.asList(roles));
        }
        char[] secret = passwordChars();
        try {
            if (mode == Mode.CREATE) {
                AppUser created = accounts.create(username, displayName, secret, departmentId, chosen, email);
                Pages.info("user.created", created.getUsername());
                showGrowl();
            } else {
                AppUser saved = accounts.update(id, version, displayName, departmentId, chosen, enabled, email);
                Pages.info("user.saved", saved.getUsername());
                showGrowl();
            }
        } finally {
            forget(secret);
        }
    }

    /** Sets the new password and unlocks the account (asked for confirmation on the page). */
    public void resetPassword() {
        char[] secret = passwordChars();
        try {
            accounts.resetPassword(id, secret);
            Pages.info("user.passwordReset", username);
            showGrowl();
        } finally {
            forget(secret);
        }
    }

    private char[] passwordChars() {
        return password == null ? new char[0] : password.toCharArray();
    }

    /** The password is needed for one call only: it is not kept in the view state. */
    private void forget(char[] secret) {
        Arrays.fill(secret, '\0');
        password = null;
    }

    /** True while the edit would switch an enabled account off: the page then asks for confirmation first. */
    public boolean isDisabling() {
        return mode == Mode.EDIT && wasEnabled && !enabled;
    }

    public boolean isCreating() {
        return mode == Mode.CREATE;
    }

    public boolean isEditing() {
        return mode == Mode.EDIT;
    }

    public boolean isResettingPassword() {
        return mode == Mode.RESET_PASSWORD;
    }

    // ---- departments ----

    public void createDepartment() {
        Department created = accounts.createDepartment(departmentName, departmentKind);
        departments = null;
        departmentName = null;
        departmentKind = null;
        Pages.info("department.created", created.getName());
        showGrowl();
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = accounts.departments();
        }
        return departments;
    }

    public DepartmentKind[] getDepartmentKinds() {
        return DepartmentKind.values();
    }

    // ---- table helpers ----

    public Role[] getAllRoles() {
        return Role.values();
    }

    /** The user's roles in the order of {@link Role}, for stable tags. */
    public List<Role> rolesOf(AppUser user) {
        return List.copyOf(user.getRoles());
    }

    /** When the lock after failed logins ends, or {@code null} when the account is not locked now. */
    public Instant lockedUntil(AppUser user) {
        return user.isLockedAt(clock.instant()) ? user.getLockedUntil() : null;
    }

    /** Shows the information message in the layout's growl: the dialog it came from closes. */
    private static void showGrowl() {
        PrimeFaces.current().ajax().update("growl");
    }

    // ---- properties ----

    public PagedModel<AppUser> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public void setDepartmentName(String departmentName) {
        this.departmentName = departmentName;
    }

    public DepartmentKind getDepartmentKind() {
        return departmentKind;
    }

    public void setDepartmentKind(DepartmentKind departmentKind) {
        this.departmentKind = departmentKind;
    }

    /** Where the user's notifications are mailed (R-S5, R-S11); blank for none. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
