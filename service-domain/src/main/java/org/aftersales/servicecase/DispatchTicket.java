package org.aftersales.servicecase;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.shared.BaseEntity;

/**
 * The repair dispatch ticket (维修派工单, R-S8) of an on-site case, signed by the customer — drawn on screen or the
 * signed paper scanned — to confirm who came and that the work was done. With the signed service report it completes
 * the sign-off; like the report it is immutable once signed.
 */
@Entity
@Table(name = "dispatch_ticket")
public class DispatchTicket extends BaseEntity {

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false, unique = true)
    private ServiceCase serviceCase;

    /** The approved dispatch the ticket is for; none when the engineer was on site without one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dispatch_id", updatable = false)
    private Dispatch dispatch;

    /** The customer's name as signer. */
    @Embedded
    private SignOff signOff;

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY, cascade = CascadeType.ALL)
    @JoinColumn(name = "signature_image_id", nullable = false, updatable = false, unique = true)
    private SignatureImage signature;

    protected DispatchTicket() {}

    DispatchTicket(
            ServiceCase serviceCase,
            Dispatch dispatchOrNull,
            String customerName,
            SignatureImage signature,
            Instant signedAt) {
        this.signOff = new SignOff("customerName", customerName, signature.getForm(), signedAt);
        this.serviceCase = serviceCase;
        this.dispatch = dispatchOrNull;
        this.signature = signature;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public Dispatch getDispatch() {
        return dispatch;
    }

    public SignOff getSignOff() {
        return signOff;
    }

    /** The image: loaded only when asked for. */
    public SignatureImage getSignature() {
        return signature;
    }
}
