package org.aftersales.mywork;

import static org.aftersales.staff.Role.AFTER_SALES_ENGINEER;
import static org.aftersales.staff.Role.AFTER_SALES_SPECIALIST;
import static org.aftersales.staff.Role.DESIGN;
import static org.aftersales.staff.Role.DIVISION_LEADER;
import static org.aftersales.staff.Role.ENGINEERING;
import static org.aftersales.staff.Role.FINANCE;
import static org.aftersales.staff.Role.GENERAL_MANAGER;
import static org.aftersales.staff.Role.PROJECT_DEPT;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.staff.Role;

/**
 * The blocks of "my work" (issue 6, Dashboards; issue 3, Lists), in the order the page shows them, each with the roles
 * whose work it is (R-O1). Crises come first, always (R-S11). A caller with several roles sees the union.
 */
public enum WorkBlockKind {
    /** R-S11: open priority special cases — everybody's business until they close. */
    CRISES(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            DESIGN,
            PROJECT_DEPT,
            FINANCE),
    /** R-S3…R-S5: open cases with a clock past its due time unmet; leadership because breaches escalate to it. */
    BREACHED_CLOCKS(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, DIVISION_LEADER, GENERAL_MANAGER, PROJECT_DEPT),
    /** R-S3…R-S5: open cases with a running clock near its breach ({@link org.aftersales.servicecase.NearBreach}). */
    NEAR_BREACH(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, DIVISION_LEADER, GENERAL_MANAGER, PROJECT_DEPT),
    /** R-S6: the specialist's proposals waiting for the division leader or the general manager to decide. */
    DISPATCH_APPROVALS(DIVISION_LEADER, GENERAL_MANAGER),
    /** R-C1: submitted cost plans waiting for approval ("经审批后执行"). */
    COST_PLAN_APPROVALS(DIVISION_LEADER, GENERAL_MANAGER),
    /** R-C2: supplemental cost requests waiting for the general manager's special approval. */
    SUPPLEMENT_APPROVALS(GENERAL_MANAGER),
    /** R-K2: changed manuals (draft versions) to approve promptly. */
    MANUAL_APPROVALS(DIVISION_LEADER, GENERAL_MANAGER),
    /** R-C4: quality costs registered by after-sales, waiting for the Engineering Department's confirmation. */
    QUALITY_COST_CONFIRMATIONS(ENGINEERING),
    /** R-S6, R-S7: the engineer's own approved dispatches that have not ended yet, with the agreed arrival. */
    MY_DISPATCHES(AFTER_SALES_ENGINEER),
    /** R-F2: owner follow-ups overdue or due this week. */
    FOLLOW_UPS(AFTER_SALES_SPECIALIST, PROJECT_DEPT),
    /** R-F3: projects flagged for want of a return visit. */
    RETURN_VISITS(AFTER_SALES_SPECIALIST, PROJECT_DEPT),
    /** R-C1: cost plans not submitted by their due date. */
    COST_PLANS_OVERDUE(AFTER_SALES_SPECIALIST),
    /** R-C5, R-C8: the company's retention due or overdue, and the deadlines of its return procedure. */
    RETENTION_RETURNS(AFTER_SALES_SPECIALIST, FINANCE),
    /** R-C8 the other way round: subcontractors' return applications the company must answer within 14 days. */
    SUBCONTRACTOR_APPLICATIONS(AFTER_SALES_SPECIALIST, FINANCE);

    private final Set<Role> roles;

    WorkBlockKind(Role... roles) {
        this.roles = EnumSet.copyOf(Set.of(roles));
    }

    /** Whether this block is the work of someone with {@code callerRoles}. */
    public boolean shownTo(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }
}
