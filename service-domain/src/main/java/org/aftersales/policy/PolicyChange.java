package org.aftersales.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.aftersales.shared.BaseEntity;

/** One change of a policy number: old → new, the approval reference, and (from the base) who and when. */
@Entity
@Table(name = "policy_change")
public class PolicyChange extends BaseEntity {

    public static final int REFERENCE_LENGTH = 100;
    public static final int REASON_LENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "parameter_key", nullable = false, length = 40)
    private PolicyKey key;

    @Column(name = "old_value", nullable = false, precision = 12, scale = 4)
    private BigDecimal oldValue;

    @Column(name = "new_value", nullable = false, precision = 12, scale = 4)
    private BigDecimal newValue;

    @Column(name = "approval_reference", nullable = false, length = REFERENCE_LENGTH)
    private String approvalReference;

    @Column(length = REASON_LENGTH)
    private String reason;

    protected PolicyChange() {}

    PolicyChange(PolicyKey key, BigDecimal oldValue, BigDecimal newValue, String approvalReference, String reason) {
        this.key = key;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.approvalReference = approvalReference;
        this.reason = reason;
    }

    public PolicyKey getKey() {
        return key;
    }

    public BigDecimal getOldValue() {
        return oldValue;
    }

    public BigDecimal getNewValue() {
        return newValue;
    }

    public String getApprovalReference() {
        return approvalReference;
    }

    public String getReason() {
        return reason;
    }
}
