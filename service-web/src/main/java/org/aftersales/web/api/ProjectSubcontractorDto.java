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

    static ProjectSubcontractorDto of(ProjectSubcontractor row) {
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
        return dto;
    }
}
