package org.aftersales.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;

/**
 * One step of the configured annual late-payment rate (R-C8, R-O2): by default the one-year loan prime rate (LPR)
 * published that day, in force until the next step. Kept as a history so interest over a long delay uses each period's
 * own rate.
 */
@Entity
@Table(name = "late_payment_rate")
public class LatePaymentRate extends BaseEntity {

    @Column(name = "effective_from", nullable = false, unique = true)
    private LocalDate effectiveFrom;

    @Column(name = "annual_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal annualPercent;

    protected LatePaymentRate() {}

    public LatePaymentRate(LocalDate effectiveFrom, BigDecimal annualPercent) {
        if (effectiveFrom == null) {
            throw new BusinessException("effectiveFrom", "returnProcedure.error.dateRequired");
        }
        if (annualPercent == null || annualPercent.signum() < 0 || annualPercent.compareTo(new BigDecimal("100")) > 0) {
            throw new BusinessException("annualPercent", "returnProcedure.error.rate");
        }
        this.effectiveFrom = effectiveFrom;
        this.annualPercent = annualPercent;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getAnnualPercent() {
        return annualPercent;
    }
}
