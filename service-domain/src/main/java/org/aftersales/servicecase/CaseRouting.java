package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.InstantConverter;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;

/**
 * Where a case was routed (R-S2): "对每一次业主或总公司项目部的来电、来信、来访，服务人员均应详细记录在案，填写有关登记表，按规程和分工转送有关部门和人员处理"
 * (第四章第四条2). The division of labour (分工) is the phase's responsibility (R-L5): a case goes to the parties who carry
 * out its work — the project's project department during construction and between the handovers, the Design and
 * Engineering Departments in the warranty, after-sales staff after it. One row per party; a re-routing (the class and
 * so the responsibility changed) ends the rows in force and adds new ones. The people routed to are notified.
 */
@Entity
@Table(name = "service_case_routing")
public class CaseRouting extends BaseEntity {

    public static final int REASON_LENGTH = 500;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private CaseParty party;

    /** The department routed to; {@code null} for after-sales staff, who are people of a role rather than a unit. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", updatable = false)
    private Department department;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "routed_at", nullable = false, updatable = false)
    private Instant routedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "ended_at")
    private Instant endedAt;

    /** Why it was routed again (the class override's reason); {@code null} for the routing at registration. */
    @Size(max = REASON_LENGTH)
    @Column(length = REASON_LENGTH, updatable = false)
    private String reason;

    protected CaseRouting() {}

    CaseRouting(ServiceCase serviceCase, CaseParty party, Department department, Instant routedAt, String reason) {
        this.serviceCase = Objects.requireNonNull(serviceCase, "serviceCase");
        this.party = Objects.requireNonNull(party, "party");
        this.department = department;
        this.routedAt = Objects.requireNonNull(routedAt, "routedAt");
        this.reason = reason == null || reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
    }

    /**
     * The routing of {@code serviceCase} by its responsibility: one row per party that carries out the work (具体实施),
     * each with its department — the project's own project department, the company's Design or Engineering
     * Department (from {@code departments} by kind) —, none for after-sales staff.
     */
    static List<CaseRouting> byResponsibility(
            ServiceCase serviceCase, Map<DepartmentKind, Department> departments, Instant at, String reason) {
        List<CaseRouting> rows = new ArrayList<>();
        for (CaseParty party : serviceCase.getResponsibility().carriedOutBy()) {
            Department department = switch (party) {
                case PROJECT_DEPARTMENT -> serviceCase.getProject().getProjectDepartment();
                case ENGINEERING_DEPARTMENT -> departments.get(DepartmentKind.ENGINEERING);
                case DESIGN_DEPARTMENT -> departments.get(DepartmentKind.DESIGN);
                default -> null;
            };
            rows.add(new CaseRouting(serviceCase, party, department, at, reason));
        }
        return rows;
    }

    /**
     * Who is told of a routing to {@code party}: the department's people of its role — the project department's
     * PROJECT_DEPT users of that department only —; for after-sales staff the specialist, who runs after-sales and
     * proposes whom to send (第四章第一条 "统一管理…人员调配建议").
     */
    public static Role notifiedRole(CaseParty party) {
        return switch (party) {
            case PROJECT_DEPARTMENT -> Role.PROJECT_DEPT;
            case ENGINEERING_DEPARTMENT -> Role.ENGINEERING;
            case DESIGN_DEPARTMENT -> Role.DESIGN;
            case AFTER_SALES_STAFF, AFTER_SALES_SPECIALIST -> Role.AFTER_SALES_SPECIALIST;
            case COMMISSIONING_LEAD -> null;
        };
    }

    /** Ends this routing at {@code at}: the case went elsewhere. */
    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at.isBefore(routedAt) ? routedAt : at;
        }
    }

    public boolean isInForce() {
        return endedAt == null;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public CaseParty getParty() {
        return party;
    }

    public Department getDepartment() {
        return department;
    }

    public Instant getRoutedAt() {
        return routedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getReason() {
        return reason;
    }
}
