package org.aftersales.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Inputs;

/**
 * The owner (业主): the customer who operates the plant, calls in problems and signs off work.
 *
 * <p>An owner is a legal person the ERP knows (issue 17): by its key ({@code externalId}), its name and its unified
 * social credit code ({@link CreditCode}), and its registered address — the ERP's fields, last write wins. The phone
 * and the owner's contacts ({@link OwnerContact}) are after-sales' own. Projects refer to their owner; a project entered
 * here by an owner's name finds the owner of that name, or creates one, which the ERP adopts by its name later.
 */
@Entity
@Table(name = "owner")
public class Owner extends BaseEntity {

    public static final int NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 300;
    public static final int PHONE_LENGTH = 40;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    /** The ERP's key of the owner (issue 17), set by the ERP's upsert; unique; null for owners entered here. */
    @Column(name = "external_id", length = ExternalIds.LENGTH, unique = true)
    private String externalId;

    /** 统一社会信用代码 (GB 32100-2015), unique where known. */
    @Column(name = "credit_code", length = CreditCode.LENGTH, unique = true)
    private String creditCode;

    @Size(max = ADDRESS_LENGTH)
    @Column(length = ADDRESS_LENGTH)
    private String address;

    @Size(max = PHONE_LENGTH)
    @Column(length = PHONE_LENGTH)
    private String phone;

    protected Owner() {}

    public Owner(String name) {
        rename(name);
    }

    public void rename(String newName) {
        this.name = newName == null ? null : newName.strip();
    }

    /**
     * Records what the ERP knows of the owner as a legal person: its name, its credit code (checked by GB 32100-2015)
     * and its registered address.
     */
    public void register(String newName, String newCreditCode, String newAddress) {
        String stripped = Inputs.stripToNull(newName);
        if (stripped == null) {
            throw new BusinessException("name", "owner.error.nameRequired");
        }
        this.name = stripped;
        this.creditCode = CreditCode.checked("creditCode", newCreditCode);
        this.address = Inputs.stripToNull(newAddress);
    }

    /** After-sales' own number for the owner (its switchboard, say); the ERP does not set it. */
    public void changePhone(String newPhone) {
        this.phone = Inputs.stripToNull(newPhone);
    }

    /** Ties the owner to the ERP's key (issue 17); an owner keeps the key it got first. */
    void linkExternalId(String key) {
        if (externalId != null && !externalId.equals(key)) {
            throw new BusinessException("externalId", "owner.error.externalIdImmutable", externalId);
        }
        externalId = key;
    }

    public String getName() {
        return name;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }
}
