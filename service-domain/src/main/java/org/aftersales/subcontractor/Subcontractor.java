package org.aftersales.subcontractor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Inputs;

/**
 * An equipment subcontractor or supplier (设备分包商 / 设备供货厂商), kept once for all projects (R-B1).
 *
 * <p>The regulation (Ch. 4 Art. 4.5–4.6) makes the company answer to the owner for what its subcontractors and
 * suppliers delivered: complaints about product quality go to them at once (R-S10), costs caused by their equipment
 * are deducted from their retention (R-C4), and the company's warranty to the owner should be backed by theirs
 * (R-L2). So each one is known by a unique name, with the person and numbers to call.
 */
@Entity
@Table(name = "subcontractor")
public class Subcontractor extends BaseEntity {

    public static final int NAME_LENGTH = 200;
    public static final int PERSON_LENGTH = 100;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 300;
    public static final int KIND_LENGTH = 30;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    /** The ERP's key of the firm (issue 17), set by the ERP's upsert; unique; null for firms entered here. */
    @Column(name = "external_id", length = ExternalIds.LENGTH, unique = true)
    private String externalId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = KIND_LENGTH)
    private SubcontractorKind kind;

    @Size(max = PERSON_LENGTH)
    @Column(name = "contact_person", length = PERSON_LENGTH)
    private String contactPerson;

    @Size(max = PHONE_LENGTH)
    @Column(length = PHONE_LENGTH)
    private String phone;

    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @Size(max = ADDRESS_LENGTH)
    @Column(length = ADDRESS_LENGTH)
    private String address;

    protected Subcontractor() {}

    public Subcontractor(String name, SubcontractorKind kind) {
        rename(name);
        reclassify(kind);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessException("name", "subcontractor.error.nameRequired");
        }
        this.name = newName.strip();
    }

    public void reclassify(SubcontractorKind newKind) {
        if (newKind == null) {
            throw new BusinessException("kind", "subcontractor.error.kindRequired");
        }
        this.kind = newKind;
    }

    public void changeContactDetails(String newContactPerson, String newPhone, String newEmail, String newAddress) {
        this.contactPerson = Inputs.stripToNull(newContactPerson);
        this.phone = Inputs.stripToNull(newPhone);
        this.email = Inputs.email("email", newEmail, "subcontractor.error.email");
        this.address = Inputs.stripToNull(newAddress);
    }

    public String getName() {
        return name;
    }

    public String getExternalId() {
        return externalId;
    }

    /** Ties the firm to the ERP's key (issue 17); a firm keeps the key it got first. */
    void linkExternalId(String key) {
        if (externalId != null && !externalId.equals(key)) {
            throw new BusinessException("externalId", "subcontractor.error.externalIdImmutable", externalId);
        }
        externalId = key;
    }

    public SubcontractorKind getKind() {
        return kind;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }
}
