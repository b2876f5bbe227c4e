package org.aftersales.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;

/**
 * The current value of one policy number (R-O2). Changing it records a {@link PolicyChange}: the Engineering
 * Department proposes, the GM office meeting approves, and the approval reference is kept with the change.
 */
@Entity
@Table(name = "policy_parameter")
public class PolicyParameter extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "parameter_key", nullable = false, unique = true, length = 40)
    private PolicyKey key;

    @Column(name = "parameter_value", nullable = false, precision = 12, scale = 4)
    private BigDecimal value;

    protected PolicyParameter() {}

    public PolicyParameter(PolicyKey key) {
        this.key = key;
        this.value = key.defaultValue();
    }

    /** Sets a new value and returns the change record to be kept as history. */
    PolicyChange change(BigDecimal newValue, String approvalReference, String reason) {
        if (newValue == null || newValue.signum() <= 0 || newValue.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new BusinessException("value", "policy.error.range");
        }
        if (key.isWholeNumber() && newValue.stripTrailingZeros().scale() > 0) {
            throw new BusinessException("value", "policy.error.wholeNumber");
        }
        if (approvalReference == null || approvalReference.isBlank()) {
            throw new BusinessException("approvalReference", "policy.error.approvalReference");
        }
        PolicyChange change = new PolicyChange(key, value, newValue, approvalReference.strip(), reason);
        this.value = newValue;
        return change;
    }

    public PolicyKey getKey() {
        return key;
    }

    public BigDecimal getValue() {
        return value;
    }
}
