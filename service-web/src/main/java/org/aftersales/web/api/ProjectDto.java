package org.aftersales.web.api;

import java.time.LocalDate;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectData;

/**
 * A project as the API shows it. {@code phase} and {@code warrantyEnd} are derived on the day of the call;
 * {@code version} must come back with a PUT.
 */
public class ProjectDto {

    public Long id;
    public long version;
    public String code;
    /** The ERP's key (issue 17): set by {@code PUT /projects/by-external-id/{externalId}}; ignored on other writes. */
    public String externalId;

    public String name;
    /** The owner's name, as shown on every screen; with {@code ownerExternalId} given it is the owner's own name. */
    public String ownerName;
    /** The owner (read-only here; {@code GET /owners/{id}}). */
    public Long ownerId;
    /**
     * The owner by the ERP's key (issue 17): when a body names it, the project is linked to that owner (unknown: 422)
     * and {@code ownerName} is not read.
     */
    public String ownerExternalId;

    public String contractNumber;
    /** Money as a string with two decimals (API.md). */
    public String settledContractPrice;

    public String site;
    public Long projectDepartmentId;
    public String commissioningLead;
    public LocalDate provisionalHandoverDate;
    public LocalDate formalHandoverDate;
    public LocalDate completionAcceptanceDate;
    public Integer warrantyMonths;
    public String phase;
    public LocalDate warrantyEnd;

    static ProjectDto of(Project project, LocalDate today) {
        ProjectDto dto = new ProjectDto();
        dto.id = project.getId();
        dto.version = project.getVersion();
        dto.code = project.getCode();
        dto.externalId = project.getExternalId();
        dto.name = project.getName();
        dto.ownerName = project.getOwner().getName();
        dto.ownerId = project.getOwner().getId();
        dto.ownerExternalId = project.getOwner().getExternalId();
        dto.contractNumber = project.getContractNumber();
        dto.settledContractPrice = project.getSettledContractPrice() == null
                ? null
                : project.getSettledContractPrice().toString();
        dto.site = project.getSite();
        dto.projectDepartmentId = project.getProjectDepartment() == null
                ? null
                : project.getProjectDepartment().getId();
        dto.commissioningLead = project.getCommissioningLead();
        dto.provisionalHandoverDate = project.getProvisionalHandoverDate();
        dto.formalHandoverDate = project.getFormalHandoverDate();
        dto.completionAcceptanceDate = project.getCompletionAcceptanceDate();
        dto.warrantyMonths = project.getWarrantyMonths();
        dto.phase = project.phaseOn(today).name();
        dto.warrantyEnd = project.getWarrantyEnd();
        return dto;
    }

    /** The use case's input: the fields a person or the ERP may set. */
    ProjectData data() {
        return new ProjectData(
                code,
                name,
                ownerName,
                contractNumber,
                ApiValues.money("settledContractPrice", settledContractPrice),
                site,
                projectDepartmentId,
                commissioningLead,
                provisionalHandoverDate,
                formalHandoverDate,
                completionAcceptanceDate,
                warrantyMonths,
                ownerExternalId);
    }
}
