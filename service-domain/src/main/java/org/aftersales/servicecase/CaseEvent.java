package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.CurrentUser;
import org.aftersales.shared.InstantConverter;

/**
 * One line of a case's timeline: who did what when (issue 3, Closing: "every case has a timeline of all its
 * events"). Appended by the business methods of {@link ServiceCase}, never changed.
 *
 * <p>Each line carries two times (Robustness issue: "acts on a case carry both the time the user claims and the time
 * they were entered"): {@code claimedAt}, when the act happened as the user says — a reply given at 10:00 and logged at
 * 11:00 is claimed at 10:00, and the clocks are judged by it — and {@code enteredAt}, when it was recorded. A claim
 * older than the policy's bound was accepted only with a reason ({@link LateEntryRule}): the line is then <em>late</em>
 * and keeps the reason. A line imported as history is entered when it was stored.
 */
@Entity
@Table(name = "service_case_event")
public class CaseEvent extends BaseEntity {

    public static final int DETAIL_LENGTH = 1000;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "claimed_at", nullable = false, updatable = false)
    private Instant claimedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    /** Why a claim older than the bound was entered late; {@code null} for a timely entry. */
    @Size(max = LateEntryRule.LATE_REASON_LENGTH)
    @Column(name = "late_reason", updatable = false, length = LateEntryRule.LATE_REASON_LENGTH)
    private String lateReason;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private CaseEventKind kind;

    @Column(nullable = false, updatable = false, length = USER_NAME_LENGTH)
    private String actor;

    /** A reason, an answer, the classes of an override: free text as entered, shortened to fit. */
    @Size(max = DETAIL_LENGTH)
    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    protected CaseEvent() {}

    /**
     * @param entry how the act was entered; {@code null} for a line imported as history, entered when it is stored
     */
    CaseEvent(ServiceCase serviceCase, CaseEventKind kind, Instant claimedAt, String detail, ClaimedTime entry) {
        this.serviceCase = serviceCase;
        this.kind = kind;
        this.claimedAt = claimedAt;
        this.actor = CurrentUser.name();
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
        if (entry != null) {
            this.enteredAt = entry.enteredAt();
            this.lateReason = entry.lateReason();
        }
    }

    /** A line imported as history is entered when it is stored (the created stamp is set just before). */
    @PrePersist
    void enteredWhenStored() {
        if (enteredAt == null) {
            enteredAt = getCreatedAt();
        }
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    /** When the act happened, as the user claims it: what the clocks are judged by. */
    public Instant getClaimedAt() {
        return claimedAt;
    }

    /** When the line was entered; {@code null} only before a history line is stored. */
    public Instant getEnteredAt() {
        return enteredAt;
    }

    /** A claim older than the bound, accepted with a reason (see {@link LateEntryRule}). */
    public boolean isLate() {
        return lateReason != null;
    }

    public String getLateReason() {
        return lateReason;
    }

    public CaseEventKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
