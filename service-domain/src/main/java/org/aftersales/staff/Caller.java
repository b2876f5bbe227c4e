package org.aftersales.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.shared.AccessDeniedException;

/**
 * Who is calling and what they may do (R-O1): the one place services ask before they act, and pages ask before
 * they show a menu or a button ({@code #{caller.may('PROJECT_EDIT')}}).
 */
@Named
@ApplicationScoped
public class Caller {

    /** The roles a scheduled job acts with on this thread, or {@code null}: see {@link #runWithRoles}. */
    private static final ThreadLocal<Set<Role>> ACTING_AS = new ThreadLocal<>();

    /**
     * Runs work on a timer thread, where no one is logged in, with the roles of the office it works for — the monthly
     * report is made for the general manager, so it is read with the general manager's rights. Audit stamps still name
     * the job ({@code CurrentUser.runAs}).
     */
    public static void runWithRoles(Set<Role> roles, Runnable work) {
        Set<Role> previous = ACTING_AS.get();
        ACTING_AS.set(EnumSet.copyOf(roles));
        try {
            work.run();
        } finally {
            if (previous == null) {
                ACTING_AS.remove();
            } else {
                ACTING_AS.set(previous);
            }
        }
    }

    @Inject
    SecurityContext securityContext;

    @PersistenceContext
    EntityManager em;

    public String username() {
        if (ACTING_AS.get() != null) {
            return null; // a scheduled job: no one is logged in
        }
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public Set<Role> roles() {
        Set<Role> acting = ACTING_AS.get();
        if (acting != null) {
            return EnumSet.copyOf(acting);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean may(Permission permission) {
        return roles().stream().anyMatch(permission::grantedTo);
    }

    /** EL-friendly form: {@code #{caller.may('PROJECT_EDIT')}}. */
    public boolean may(String permission) {
        return may(Permission.valueOf(permission));
    }

    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * A PROJECT_DEPT user sees only the projects of their own department; every other role that may view projects
     * sees them all.
     */
    public boolean restrictedToOwnDepartment() {
        Set<Role> roles = roles();
        return roles.contains(Role.PROJECT_DEPT)
                && roles.stream().filter(r -> r != Role.PROJECT_DEPT).noneMatch(Permission.PROJECT_VIEW::grantedTo);
    }

    /** The caller's department id, or {@code null}. */
    public Long departmentId() {
        String username = username();
        if (username == null) {
            return null;
        }
        List<Long> ids = em.createQuery("select u.department.id from AppUser u where u.username = :name", Long.class)
                .setParameter("name", username)
                .getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }
}
