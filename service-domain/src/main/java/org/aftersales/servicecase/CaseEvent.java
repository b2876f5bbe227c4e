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
import org.aftersales.shared.CurrentUser;
import org.aftersales.shared.InstantConverter;

/**
 * One line of a case's timeline: who did what when (issue 3, Closing: "every case has a timeline of all its
 * events"). Appended by the business methods of {@link ServiceCase}, never changed. {@code occurredAt} is when the
 * act happened — a reply given at 10:00 and logged at 11:00 occurred at 10:00; the row's created stamp keeps when it
 * was entered.
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
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

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

    CaseEvent(ServiceCase serviceCase, CaseEventKind kind, Instant occurredAt, String detail) {
        this.serviceCase = serviceCase;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.actor = CurrentUser.name();
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public Instant getOccurredAt() {
        return occurredAt;
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
