package org.aftersales.web.api;

import org.aftersales.subcontractor.ProjectSubcontractor;

/**
 * One row of a project's register of subcontractors and suppliers (R-B1): the firm, what it supplied on this project
 * ({@code scope}) and whom to call there. {@code id} is the register row's own id.
 */
public class ProjectSubcontractorDto {

    public Long id;
    public long version;
    public Long projectId;
    public Long subcontractorId;
    public String name;
    public String kind;
    public String scope;
    public String siteContactPerson;
    public String phone;
    /** R-B2: the after-sales delegation agreement, when one was recorded, and whether it is valid today. */
    public String agreementNumber;

    public String agreementScope;
    public java.time.LocalDate agreementValidFrom;
    public java.time.LocalDate agreementValidUntil;
    public boolean delegationAgreementValid;

    static ProjectSubcontractorDto of(ProjectSubcontractor row, java.time.LocalDate today) {
        ProjectSubcontractorDto dto = new ProjectSubcontractorDto();
        dto.id = row.getId();
        dto.version = row.getVersion();
        dto.projectId = row.getProject().getId();
        dto.subcontractorId = row.getSubcontractor().getId();
        dto.name = row.getSubcontractor().getName();
        dto.kind = ApiEnums.name(row.getSubcontractor().getKind());
        dto.scope = row.getScopeOfSupply();
        dto.siteContactPerson = row.getSiteContactPerson();
        dto.phone = row.getPhone();
        var agreement = row.getDelegationAgreement();
        if (agreement != null) {
            dto.agreementNumber = agreement.getNumber();
            dto.agreementScope = agreement.getScope();
            dto.agreementValidFrom = agreement.getValidFrom();
            dto.agreementValidUntil = agreement.getValidUntil();
        }
        dto.delegationAgreementValid = row.hasValidDelegationAgreementOn(today);
        return dto;
    }
}
