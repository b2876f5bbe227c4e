package org.aftersales.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.project.EquipmentItem;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.InstantConverter;
import org.aftersales.shared.Money;

/**
 * A cost caused by the quality of a subcontractor's equipment (R-C4, 第四章第二条6: "由售后服务部登记备案，报工程部相关负责人确认，
 * 并由工程部对相应设备分包商的质量保证金进行扣除"): after-sales registers it against the subcontractor's retention on that
 * project — linked to the service case and the equipment item it came from — and the Engineering Department confirms
 * it, which deducts it from the retention, or rejects it with a reason. Only a confirmed cost touches the ledger; the
 * ledger's own rule (never below zero) decides whether it still fits, and a cost refused for that stays registered.
 * There is no other way into the ledger's deductions: the two steps are the regulation's, and each names its actor —
 * the {@link Registrant} (after-sales, or the ERP on its behalf) and who decided.
 */
@Entity
@Table(name = "quality_cost")
public class QualityCost extends BaseEntity {

    public static final int CAUSE_LENGTH = RetentionEntry.CAUSE_LENGTH;
    public static final int REASON_LENGTH = 500;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "retention_id", nullable = false, updatable = false)
    private SubcontractorRetention retention;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", updatable = false)
    private ServiceCase serviceCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "equipment_item_id", updatable = false)
    private EquipmentItem equipmentItem;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private Money amount;

    @Column(nullable = false, updatable = false, length = CAUSE_LENGTH)
    private String cause;

    @Embedded
    private Registrant registrant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QualityCostState state = QualityCostState.REGISTERED;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason", length = REASON_LENGTH)
    private String rejectionReason;

    /** The ledger entry the confirmation made. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    private RetentionEntry entry;

    protected QualityCost() {}

    public QualityCost(
            SubcontractorRetention retention,
            ServiceCase serviceCase,
            EquipmentItem equipmentItem,
            Money amount,
            String cause,
            Registrant registrant) {
        if (registrant == null) {
            throw new IllegalArgumentException("a quality cost is registered by someone");
        }
        if (amount == null || amount.isNegative() || amount.amount().signum() == 0) {
            throw new BusinessException("amount", "retention.error.amountPositive");
        }
        if (cause == null || cause.isBlank()) {
            throw new BusinessException("cause", "retention.error.causeRequired");
        }
        if (cause.strip().length() > CAUSE_LENGTH) {
            throw new BusinessException("cause", "retention.error.tooLong", CAUSE_LENGTH);
        }
        Long projectId = retention.getProject().getId();
        if (serviceCase != null && !serviceCase.getProject().getId().equals(projectId)) {
            throw new BusinessException("caseId", "qualityCost.error.caseOfOtherProject", serviceCase.getNumber());
        }
        if (equipmentItem != null && !equipmentItem.getProject().getId().equals(projectId)) {
            throw new BusinessException("equipmentItemId", "qualityCost.error.equipmentOfOtherProject");
        }
        this.retention = retention;
        this.serviceCase = serviceCase;
        this.equipmentItem =
                equipmentItem == null && serviceCase != null ? serviceCase.getEquipmentItem() : equipmentItem;
        this.amount = amount;
        this.cause = cause.strip();
        this.registrant = registrant;
    }

    /**
     * Engineering confirms: the amount is deducted from the retention (refused when it would overdraw). Who may confirm
     * is {@link RetentionService#confirmQualityCost}'s check; public for history taken as such (the demo data).
     */
    public RetentionEntry confirm(String by, Instant at, LocalDate on) {
        requireRegistered();
        entry = retention.deduct(amount, cause, serviceCase == null ? null : serviceCase.getId(), on);
        state = QualityCostState.CONFIRMED;
        decidedBy = by;
        decidedAt = at;
        return entry;
    }

    /** Engineering rejects, with the reason; nothing is deducted. */
    void reject(String reason, String by, Instant at) {
        requireRegistered();
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "qualityCost.error.reasonRequired");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new BusinessException("reason", "retention.error.tooLong", REASON_LENGTH);
        }
        state = QualityCostState.REJECTED;
        rejectionReason = reason.strip();
        decidedBy = by;
        decidedAt = at;
    }

    private void requireRegistered() {
        if (state != QualityCostState.REGISTERED) {
            throw new BusinessException("state", "qualityCost.error.alreadyDecided");
        }
    }

    public SubcontractorRetention getRetention() {
        return retention;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public EquipmentItem getEquipmentItem() {
        return equipmentItem;
    }

    public Money getAmount() {
        return amount;
    }

    public String getCause() {
        return cause;
    }

    public Registrant getRegistrant() {
        return registrant;
    }

    public QualityCostState getState() {
        return state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public RetentionEntry getEntry() {
        return entry;
    }
}
