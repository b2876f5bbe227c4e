package org.aftersales.servicecase;

import static org.aftersales.servicecase.CaseParty.AFTER_SALES_SPECIALIST;
import static org.aftersales.servicecase.CaseParty.AFTER_SALES_STAFF;
import static org.aftersales.servicecase.CaseParty.COMMISSIONING_LEAD;
import static org.aftersales.servicecase.CaseParty.DESIGN_DEPARTMENT;
import static org.aftersales.servicecase.CaseParty.ENGINEERING_DEPARTMENT;
import static org.aftersales.servicecase.CaseParty.PROJECT_DEPARTMENT;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is responsible for a case, by the phase its service class belongs to (R-L5; 第四章第二条 售后服务阶段划分及责任认定):
 *
 * <ul>
 *   <li>provisional → formal handover: the after-sales specialist leads, the project's project department carries
 *       out, the Engineering Department manages (归口管理), and the project's commissioning lead assists with the
 *       defects of equipment, installation, civil, electrical and I&amp;C work;
 *   <li>warranty: after-sales staff lead, the Design and Engineering Departments cooperate and carry out;
 *   <li>after the warranty (contract or paid service): after-sales staff alone;
 *   <li>during construction nothing is after-sales yet: the call is recorded and forwarded to the project department,
 *       which handles it (R-L3).
 * </ul>
 *
 * <p>An immutable value, coded so that pages and the API show it in the user's language: the constant itself
 * ({@code Responsibility.WARRANTY}) or each of its parties ({@code CaseParty.DESIGN_DEPARTMENT}). Assigned
 * automatically when a case is registered, and again when its class is overridden.
 */
public enum Responsibility {
    IN_CONSTRUCTION(PROJECT_DEPARTMENT, Set.of(PROJECT_DEPARTMENT), null, Set.of()),
    PROVISIONAL_HANDOVER(
            AFTER_SALES_SPECIALIST, Set.of(PROJECT_DEPARTMENT), ENGINEERING_DEPARTMENT, Set.of(COMMISSIONING_LEAD)),
    WARRANTY(AFTER_SALES_STAFF, Set.of(DESIGN_DEPARTMENT, ENGINEERING_DEPARTMENT), null, Set.of()),
    POST_WARRANTY(AFTER_SALES_STAFF, Set.of(AFTER_SALES_STAFF), null, Set.of());

    private final CaseParty lead;
    private final Set<CaseParty> carriedOutBy;
    private final CaseParty managedBy;
    private final Set<CaseParty> assistedBy;

    Responsibility(CaseParty lead, Set<CaseParty> carriedOutBy, CaseParty managedBy, Set<CaseParty> assistedBy) {
        this.lead = lead;
        this.carriedOutBy = Collections.unmodifiableSet(EnumSet.copyOf(carriedOutBy));
        this.managedBy = managedBy;
        this.assistedBy = assistedBy.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(assistedBy));
    }

    /** The responsibility for a case of {@code serviceClass}: contract and paid service are both post-warranty. */
    public static Responsibility forClass(ServiceClass serviceClass) {
        return switch (serviceClass) {
            case CONSTRUCTION_PHASE -> IN_CONSTRUCTION;
            case HANDOVER_DEFECT -> PROVISIONAL_HANDOVER;
            case WARRANTY -> WARRANTY;
            case CONTRACT, PAID -> POST_WARRANTY;
        };
    }

    /** Who leads (牵头). */
    public CaseParty lead() {
        return lead;
    }

    /** Who carries out the work (具体实施), in the order of {@link CaseParty}. */
    public Set<CaseParty> carriedOutBy() {
        return carriedOutBy;
    }

    /** Who manages (归口管理), or {@code null} where the regulation names no one. */
    public CaseParty managedBy() {
        return managedBy;
    }

    /** Who assists (协助), in the order of {@link CaseParty}; empty where no one does. */
    public Set<CaseParty> assistedBy() {
        return assistedBy;
    }
}
