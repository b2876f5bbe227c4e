package org.aftersales.costplan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.aftersales.cost.CostCategory;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;
import org.aftersales.shared.Money;

/**
 * A supplemental after-sales cost beyond an approved plan (追加售后服务费, R-C2; 第四章第二条5: "因特殊原因追加售后服务费的，
 * 须提交报告，经特别审批后执行"): a reason, a category and amount, and the written report (justification). It takes
 * effect — raises the plan's total — only once the general manager has given the special approval. Requests are never
 * deleted: approved and rejected ones stay as the plan's history, with who decided and when.
 */
@Entity
@Table(name = "supplemental_cost_request")
public class SupplementalCostRequest extends BaseEntity {

    public static final int REASON_LENGTH = 200;
    public static final int JUSTIFICATION_LENGTH = 4000;
    public static final int USER_LENGTH = 64;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cost_plan_id", nullable = false, updatable = false)
    private CostPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private CostCategory category;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private Money amount;

    @Column(nullable = false, updatable = false, length = REASON_LENGTH)
    private String reason;

    @Column(nullable = false, updatable = false, length = JUSTIFICATION_LENGTH)
    private String justification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupplementState state = SupplementState.REQUESTED;

    @Column(name = "requested_by", nullable = false, updatable = false, length = USER_LENGTH)
    private String requestedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = USER_LENGTH)
    private String decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = REASON_LENGTH)
    private String decisionNote;

    protected SupplementalCostRequest() {}

    SupplementalCostRequest(
            CostPlan plan,
            CostCategory category,
            Money amount,
            String reason,
            String justification,
            String by,
            Instant at) {
        if (category == null) {
            throw new BusinessException("category", "costPlan.error.categoryRequired");
        }
        if (amount == null || !amount.isGreaterThan(Money.ZERO)) {
            throw new BusinessException("amount", "cost.error.amountPositive");
        }
        if (amount.isGreaterThan(CostPlanLine.MAX_AMOUNT)) {
            throw new BusinessException("amount", "cost.error.amountTooLarge");
        }
        this.reason = required("reason", reason, REASON_LENGTH, "costPlan.error.supplementReasonRequired");
        this.justification =
                required("justification", justification, JUSTIFICATION_LENGTH, "costPlan.error.justificationRequired");
        this.plan = plan;
        this.category = category;
        this.amount = amount;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    static String required(String field, String text, int max, String key) {
        String value = Inputs.stripToNull(text);
        if (value == null) {
            throw new BusinessException(field, key);
        }
        if (value.length() > max) {
            throw new BusinessException(field, "costPlan.error.tooLong", max);
        }
        return value;
    }

    void approve(String by, Instant at) {
        requireOpen();
        state = SupplementState.APPROVED;
        decidedBy = by;
        decidedAt = at;
    }

    void reject(String note, String by, Instant at) {
        requireOpen();
        decisionNote = required("decisionNote", note, REASON_LENGTH, "costPlan.error.rejectionReasonRequired");
        state = SupplementState.REJECTED;
        decidedBy = by;
        decidedAt = at;
    }

    private void requireOpen() {
        if (state != SupplementState.REQUESTED) {
            throw new BusinessException("costPlan.error.supplementDecided", state);
        }
    }

    public boolean isApproved() {
        return state == SupplementState.APPROVED;
    }

    public CostPlan getPlan() {
        return plan;
    }

    public CostCategory getCategory() {
        return category;
    }

    public Money getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public String getJustification() {
        return justification;
    }

    public SupplementState getState() {
        return state;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
