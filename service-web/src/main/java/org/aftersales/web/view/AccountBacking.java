package org.aftersales.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Role;
import org.aftersales.staff.UserAccountService;

/**
 * account.xhtml: the logged-in user's own account — who they are, their department and roles — and the e-mail address
 * where their breach and crisis notifications are mailed (R-S5, R-S11), which they set themselves. The version read
 * when the page opened goes back with the change, so a concurrent edit by the administrator is not lost.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAccountService accounts;

    private String username;
    private String displayName;
    private String departmentName;
    private List<Role> roles = List.of();
    private long version;
    private String email;

    /** Called by f:viewAction. */
    public void load() {
        show(accounts.own());
    }

    private void show(AppUser user) {
        username = user.getUsername();
        displayName = user.getDisplayName();
        departmentName =
                user.getDepartment() == null ? null : user.getDepartment().getName();
        roles = user.getRoles().stream().sorted().toList();
        version = user.getVersion();
        email = user.getEmail();
    }

    public void save() {
        accounts.changeOwnEmail(version, email);
        show(accounts.own());
        Pages.info(email == null ? "account.emailRemoved" : "account.emailSaved", email);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
