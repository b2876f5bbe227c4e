package org.aftersales.web.api;

import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorData;
import org.aftersales.subcontractor.SubcontractorKind;

/**
 * An equipment subcontractor or supplier (R-B1). {@code kind} is {@code EQUIPMENT_SUBCONTRACTOR} or
 * {@code EQUIPMENT_SUPPLIER}; {@code version} must come back with a PUT.
 */
public class SubcontractorDto {

    public Long id;
    public long version;
    public String name;
    /** The ERP's key (issue 17): set by {@code PUT /subcontractors/by-external-id/{externalId}}; ignored elsewhere. */
    public String externalId;

    public String kind;
    public String contactPerson;
    public String phone;
    public String email;
    public String address;

    static SubcontractorDto of(Subcontractor firm) {
        SubcontractorDto dto = new SubcontractorDto();
        dto.id = firm.getId();
        dto.version = firm.getVersion();
        dto.name = firm.getName();
        dto.externalId = firm.getExternalId();
        dto.kind = ApiEnums.name(firm.getKind());
        dto.contactPerson = firm.getContactPerson();
        dto.phone = firm.getPhone();
        dto.email = firm.getEmail();
        dto.address = firm.getAddress();
        return dto;
    }

    SubcontractorData data() {
        return new SubcontractorData(
                name, ApiEnums.parse("kind", SubcontractorKind.class, kind), contactPerson, phone, email, address);
    }
}
