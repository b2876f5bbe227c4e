package org.aftersales.servicecase;

import java.util.Objects;
import java.util.Set;
import org.aftersales.staff.Department;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Role;

/**
 * Who may act on a case (R-L5, R-O1), in one place. After-sales (the specialist, the engineers, the ERP on their
 * behalf) acts on every case it may see ({@link Permission#CASE_WORK}). The departments the regulation names as
 * carrying out the work of a phase act on the cases of that phase ({@link Permission#CASE_WORK_BY_PHASE}):
 *
 * <ul>
 *   <li>"“临时移交生产”到“正式移交生产”期间，售后服务工作由售后服务专责牵头，该项目的项目部负责具体实施" (第四章第二条1) — and a call
 *       during construction is forwarded to the project department (R-L3): the project's own project department
 *       works its construction-phase calls and handover defects, never another project department's (their cases
 *       stay "not found" for it, as their projects do);
 *   <li>"工程“正式移交生产”后质保期间，设备缺陷处理由售后服务人员牵头，设计部、工程部人员配合并具体实施" (第四章第二条2) — Design and
 *       Engineering work warranty cases;
 *   <li>"质保期满后的技术服务由售后服务人员独立完成" (第四章第二条4) — after the warranty, after-sales alone.
 * </ul>
 *
 * <p>Managing (归口管理) and assisting (协助) give no case work of their own: Engineering manages the handover phase
 * through the specialist, and the commissioning lead is no login.
 */
public final class CaseWork {

    private CaseWork() {}

    /** The party a department role stands for, or {@code null} for a role that is no carrying-out department. */
    static CaseParty partyOf(Role role) {
        return switch (role) {
            case PROJECT_DEPT -> CaseParty.PROJECT_DEPARTMENT;
            case ENGINEERING -> CaseParty.ENGINEERING_DEPARTMENT;
            case DESIGN -> CaseParty.DESIGN_DEPARTMENT;
            default -> null;
        };
    }

    /**
     * Whether a caller of {@code roles} in department {@code departmentId} (or {@code null}) may act on
     * {@code serviceCase}: always with {@link Permission#CASE_WORK}; with {@link Permission#CASE_WORK_BY_PHASE} when
     * the case's responsibility names the caller's department among those who carry out the work — the project
     * department only for the cases of its own projects.
     */
    public static boolean mayWork(Set<Role> roles, Long departmentId, ServiceCase serviceCase) {
        if (roles.stream().anyMatch(Permission.CASE_WORK::grantedTo)) {
            return true;
        }
        Set<CaseParty> carriers = serviceCase.getResponsibility().carriedOutBy();
        for (Role role : roles) {
            CaseParty party = partyOf(role);
            if (!Permission.CASE_WORK_BY_PHASE.grantedTo(role) || party == null || !carriers.contains(party)) {
                continue;
            }
            if (party != CaseParty.PROJECT_DEPARTMENT) {
                return true;
            }
            Department own = serviceCase.getProject().getProjectDepartment();
            if (own != null && departmentId != null && Objects.equals(own.getId(), departmentId)) {
                return true;
            }
        }
        return false;
    }
}
