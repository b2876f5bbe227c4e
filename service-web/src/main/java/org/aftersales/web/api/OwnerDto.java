package org.aftersales.web.api;

import org.aftersales.project.Owner;
import org.aftersales.project.OwnerData;

/**
 * An owner (业主) as the API shows it (issue 17). {@code creditCode} is the unified social credit code (统一社会信用代码,
 * 18 characters, GB 32100-2015). The ERP sets name, credit code and address; {@code phone} is after-sales' own: taken
 * when the ERP creates the owner, kept afterwards.
 */
public class OwnerDto {

    public Long id;
    public long version;
    /** The ERP's key: set by {@code PUT /owners/by-external-id/{externalId}} (and named in a sync record). */
    public String externalId;

    public String name;
    public String creditCode;
    public String address;
    public String phone;

    static OwnerDto of(Owner owner) {
        OwnerDto dto = new OwnerDto();
        dto.id = owner.getId();
        dto.version = owner.getVersion();
        dto.externalId = owner.getExternalId();
        dto.name = owner.getName();
        dto.creditCode = owner.getCreditCode();
        dto.address = owner.getAddress();
        dto.phone = owner.getPhone();
        return dto;
    }

    OwnerData data() {
        return new OwnerData(name, creditCode, address, phone);
    }
}
