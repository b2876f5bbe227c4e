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
import org.aftersales.shared.InstantConverter;
import org.aftersales.subcontractor.Subcontractor;

/**
 * A case forwarded to an equipment supplier or subcontractor (R-S2: "items for an equipment supplier are forwarded to
 * that supplier and tracked"): to whom, when it was sent, and the supplier's answer with its time. Answered once; the
 * after-sales specialist keeps chasing an open forwarding until then.
 */
@Entity
@Table(name = "service_case_supplier_forwarding")
public class SupplierForwarding extends BaseEntity {

    public static final int ANSWER_LENGTH = 2000;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subcontractor_id", nullable = false, updatable = false)
    private Subcontractor supplier;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Size(max = ANSWER_LENGTH)
    @Column(length = ANSWER_LENGTH)
    private String answer;

    @Convert(converter = InstantConverter.class)
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected SupplierForwarding() {}

    SupplierForwarding(ServiceCase serviceCase, Subcontractor supplier, Instant sentAt) {
        if (supplier == null) {
            throw new BusinessException("subcontractorId", "forwarding.error.supplierRequired");
        }
        this.serviceCase = serviceCase;
        this.supplier = supplier;
        this.sentAt = sentAt;
    }

    /** The supplier's answer: once, not before the case was sent to it. */
    void answer(String text, Instant at) {
        if (answeredAt != null) {
            throw new BusinessException("forwarding.error.alreadyAnswered");
        }
        String answerText = Answers.required(text, ANSWER_LENGTH);
        Answers.notBefore(at, sentAt);
        this.answer = answerText;
        this.answeredAt = at;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public Subcontractor getSupplier() {
        return supplier;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
