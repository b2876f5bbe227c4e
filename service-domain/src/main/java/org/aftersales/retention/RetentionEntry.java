package org.aftersales.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.Money;

/** One line of a subcontractor's retention ledger: what was held, deducted (with its cause) or released, when. */
@Entity
@Table(name = "retention_entry")
public class RetentionEntry extends BaseEntity {

    public static final int CAUSE_LENGTH = 500;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "retention_id", nullable = false)
    private SubcontractorRetention retention;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RetentionEntryKind kind;

    @Column(nullable = false, precision = 19, scale = 2)
    private Money amount;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(length = CAUSE_LENGTH)
    private String cause;

    /** The service case whose quality cost this deduction recovers, if any. */
    @Column(name = "service_case_id")
    private Long serviceCaseId;

    protected RetentionEntry() {}

    RetentionEntry(
            SubcontractorRetention retention,
            RetentionEntryKind kind,
            Money amount,
            LocalDate entryDate,
            String cause,
            Long serviceCaseId) {
        this.retention = retention;
        this.kind = kind;
        this.amount = amount;
        this.entryDate = entryDate;
        this.cause = cause;
        this.serviceCaseId = serviceCaseId;
    }

    public SubcontractorRetention getRetention() {
        return retention;
    }

    public RetentionEntryKind getKind() {
        return kind;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public String getCause() {
        return cause;
    }

    public Long getServiceCaseId() {
        return serviceCaseId;
    }
}
