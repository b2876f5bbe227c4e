package org.aftersales.staff;

import static org.aftersales.staff.Role.ADMIN;
import static org.aftersales.staff.Role.AFTER_SALES_ENGINEER;
import static org.aftersales.staff.Role.AFTER_SALES_SPECIALIST;
import static org.aftersales.staff.Role.DESIGN;
import static org.aftersales.staff.Role.DIVISION_LEADER;
import static org.aftersales.staff.Role.ENGINEERING;
import static org.aftersales.staff.Role.FINANCE;
import static org.aftersales.staff.Role.GENERAL_MANAGER;
import static org.aftersales.staff.Role.INTEGRATION;
import static org.aftersales.staff.Role.PROJECT_DEPT;

import java.util.EnumSet;
import java.util.Set;

/**
 * What each role may do (R-O1), in one place. Services check it before acting, pages use it to show only the
 * menus and buttons a role may use — and because the service checks too, an ajax call behind a hidden button is
 * refused all the same.
 */
public enum Permission {
    PROJECT_VIEW(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, DIVISION_LEADER, GENERAL_MANAGER, ENGINEERING, DESIGN,
            PROJECT_DEPT, FINANCE, INTEGRATION),
    /** Projects, owners, contacts, equipment items: the specialist, Engineering, the project department (own only). */
    PROJECT_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING, PROJECT_DEPT, INTEGRATION),
    SUBCONTRACTOR_VIEW(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, DIVISION_LEADER, GENERAL_MANAGER, ENGINEERING,
            DESIGN, PROJECT_DEPT, FINANCE, INTEGRATION),
    SUBCONTRACTOR_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING, PROJECT_DEPT, INTEGRATION),
    CONTRACT_VIEW(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, DIVISION_LEADER, GENERAL_MANAGER, ENGINEERING,
            PROJECT_DEPT, FINANCE, INTEGRATION),
    CONTRACT_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING, INTEGRATION),
    POLICY_VIEW(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, DIVISION_LEADER, GENERAL_MANAGER, ENGINEERING, DESIGN,
            PROJECT_DEPT, FINANCE),
    /** R-O2: the Engineering Department proposes, the GM office meeting approves (reference recorded). */
    POLICY_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING, GENERAL_MANAGER),
    /** Service cases (R-S1 … R-S12): every portal role sees them (a project department only its own projects'). */
    CASE_VIEW(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, DIVISION_LEADER, GENERAL_MANAGER, ENGINEERING, DESIGN,
            PROJECT_DEPT, FINANCE, INTEGRATION),
    /** R-S1: calls come in to after-sales and to the project departments (第四章第四条2). */
    CASE_REGISTER(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, PROJECT_DEPT, INTEGRATION),
    /** Reply, leader report, on-site confirmation, arrival, pausing the arrival clock, closing and cancelling. */
    CASE_WORK(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, INTEGRATION),
    /** R-L3: changing the automatic class, with a reason. */
    CASE_CLASSIFY_OVERRIDE(AFTER_SALES_SPECIALIST, DIVISION_LEADER),
    AUDIT_VIEW(AFTER_SALES_SPECIALIST, DIVISION_LEADER, GENERAL_MANAGER, ENGINEERING, ADMIN),
    USER_ADMIN(ADMIN);

    private final Set<Role> roles;

    Permission(Role... roles) {
        this.roles = EnumSet.copyOf(Set.of(roles));
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
