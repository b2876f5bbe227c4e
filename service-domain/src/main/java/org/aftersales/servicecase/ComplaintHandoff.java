package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A complaint handed off (R-S10): a complaint about product quality, function or design reasonableness goes at once to
 * the Design Department or to the equipment subcontractor concerned, and after-sales tracks it until answered. A
 * complaint case cannot close while one of its hand-offs is unanswered ({@link ServiceCase#close}).
 *
 * <p>To the Design Department without a subcontractor; to a subcontractor always naming which one.
 */
@Entity
@Table(name = "service_case_complaint_handoff")
public class ComplaintHandoff extends BaseEntity {

    public static final int ANSWER_LENGTH = 2000;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "target", nullable = false, updatable = false, length = 20)
    private HandoffTarget target;

    /** The subcontractor when {@link #target} is {@link HandoffTarget#SUBCONTRACTOR}, else {@code null}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subcontractor_id", updatable = false)
    private Subcontractor subcontractor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ComplaintSubject subject;

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

    protected ComplaintHandoff() {}

    ComplaintHandoff(
            ServiceCase serviceCase,
            HandoffTarget target,
            Subcontractor subcontractor,
            ComplaintSubject subject,
            Instant sentAt) {
        if (target == null) {
            throw new BusinessException("to", "complaint.error.targetRequired");
        }
        if (subject == null) {
            throw new BusinessException("subject", "complaint.error.subjectRequired");
        }
        if (target == HandoffTarget.SUBCONTRACTOR && subcontractor == null) {
            throw new BusinessException("subcontractorId", "complaint.error.subcontractorRequired");
        }
        if (target == HandoffTarget.DESIGN && subcontractor != null) {
            throw new BusinessException("subcontractorId", "complaint.error.subcontractorNotForDesign");
        }
        this.serviceCase = serviceCase;
        this.target = target;
        this.subcontractor = subcontractor;
        this.subject = subject;
        this.sentAt = sentAt;
    }

    /** The Design Department's or the subcontractor's answer: once, not before the hand-off. */
    void answer(String text, Instant at) {
        if (answeredAt != null) {
            throw new BusinessException("complaint.error.alreadyAnswered");
        }
        String answerText = Answers.required(text, ANSWER_LENGTH);
        Answers.notBefore(at, sentAt);
        this.answer = answerText;
        this.answeredAt = at;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** Who it went to, as the timeline and the refusal to close name it: 设计部 / DESIGN or the firm's name. */
    public String recipientName() {
        return target == HandoffTarget.SUBCONTRACTOR ? subcontractor.getName() : target.name();
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public HandoffTarget getTarget() {
        return target;
    }

    public Subcontractor getSubcontractor() {
        return subcontractor;
    }

    public ComplaintSubject getSubject() {
        return subject;
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
