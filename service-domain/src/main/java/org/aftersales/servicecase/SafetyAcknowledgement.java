package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.InstantConverter;

/**
 * One engineer's acknowledgement of the safety rules before the work (R-S7: "必须遵守安全操作规范和业主制定的操作流程";
 * "设备调试、维修以及系统修复、试运必须保证人身和设备安全"): who — a dispatched engineer, by their user name — and when.
 */
@Embeddable
public class SafetyAcknowledgement {

    @Column(name = "acknowledged_by", nullable = false, updatable = false, length = BaseEntity.USER_NAME_LENGTH)
    private String by;

    @Convert(converter = InstantConverter.class)
    @Column(name = "acknowledged_at", nullable = false, updatable = false)
    private Instant at;

    protected SafetyAcknowledgement() {}

    SafetyAcknowledgement(String by, Instant at) {
        this.by = Objects.requireNonNull(by, "by");
        this.at = Objects.requireNonNull(at, "at");
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }
}
