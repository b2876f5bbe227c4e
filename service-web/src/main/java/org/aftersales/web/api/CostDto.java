package org.aftersales.web.api;

import java.math.BigDecimal;
import org.aftersales.cost.ServiceCost;

/**
 * A cost line of a case (R-S12), in and out: {@code category}, {@code description}, {@code amount} as a money string;
 * for LABOUR {@code hours} and {@code rate} (money string), the amount then being hours × rate.
 */
public class CostDto {
    public Long id;
    public Long caseId;
    public String category;
    public String description;
    public String amount;
    public BigDecimal hours;
    public String rate;
    public String recordedAt;
    public String recordedBy;

    static CostDto of(ServiceCost cost) {
        CostDto dto = new CostDto();
        dto.id = cost.getId();
        dto.caseId = cost.getServiceCase().getId();
        dto.category = cost.getCategory().name();
        dto.description = cost.getDescription();
        dto.amount = cost.getAmount().toString();
        dto.hours = cost.getHours();
        dto.rate = cost.getRate() == null ? null : cost.getRate().toString();
        dto.recordedAt = ApiInstants.format(cost.getCreatedAt());
        dto.recordedBy = cost.getCreatedBy();
        return dto;
    }
}
