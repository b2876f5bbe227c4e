package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.CurrentUser;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;

/** The owner was told how a complaint stands (R-S10: "keep the owner informed until resolved"): when, and what. */
@Entity
@Table(name = "service_case_owner_update")
public class OwnerUpdate extends BaseEntity {

    public static final int TEXT_LENGTH = 2000;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "informed_at", nullable = false, updatable = false)
    private Instant informedAt;

    @NotNull
    @Size(max = TEXT_LENGTH)
    @Column(name = "update_text", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "informed_by", nullable = false, updatable = false, length = USER_NAME_LENGTH)
    private String informedBy;

    protected OwnerUpdate() {}

    OwnerUpdate(ServiceCase serviceCase, String text, Instant informedAt) {
        String update = Inputs.stripToNull(text);
        if (update == null) {
            throw new BusinessException("text", "complaint.error.ownerUpdateRequired");
        }
        if (update.length() > TEXT_LENGTH) {
            throw new BusinessException("text", "case.error.tooLong", TEXT_LENGTH);
        }
        this.serviceCase = serviceCase;
        this.text = update;
        this.informedAt = informedAt;
        this.informedBy = CurrentUser.name();
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public Instant getInformedAt() {
        return informedAt;
    }

    public String getText() {
        return text;
    }

    public String getInformedBy() {
        return informedBy;
    }
}
