package org.aftersales.web.api;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.Map;
import org.aftersales.cost.ServiceCost;
import org.aftersales.staff.PersonNames;

/**
 * A cost line of a case (R-S12), in and out: {@code category}, {@code description}, {@code amount} as a money string;
 * for LABOUR {@code hours} and {@code rate} (money string), the amount then being hours × rate. For the expense-standard
 * check (R-C7), {@code nights} and {@code cityTier} (1, 2, 3) of ACCOMMODATION, and of TRAVEL either {@code travelClass}
 * (a ticket) or {@code allowanceDays} (a daily allowance); a line without them is booked and flagged
 * {@code standardDeviation: NOT_CHECKED} ({@code standardNotChecked}). Out, {@code outsideStandard} with
 * {@code standardDeviation} and {@code standardNote} (the figures); against the project's cost plan (R-C1, R-C2),
 * {@code planDeviation} (OVER_APPROVED_BUDGET, BOOKED_BEFORE_APPROVAL) with {@code planNote}, null when within it.
 */
public class CostDto {
    public Long id;
    public Long caseId;
    public String category;

    @MultiLine
    public String description;

    public String amount;

    @Digits(integer = 6, fraction = 2) // service_cost.labour_hours DECIMAL(8,2)
    public BigDecimal hours;

    public String rate;
    public String recordedAt;
    public String recordedBy;
    /** The display name beside the login (issue 18 item 4). */
    public String recordedByName;

    public Integer nights;
    public Integer cityTier;
    public String travelClass;
    public Integer allowanceDays;
    public boolean outsideStandard;
    public boolean standardNotChecked;
    public String standardDeviation;
    public String standardNote;
    public String planDeviation;
    public String planNote;
    /** Out only, in the list of flagged costs: the case's number. */
    public String caseNumber;

    static CostDto of(ServiceCost cost, Map<String, String> names) {
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
        dto.recordedByName = PersonNames.shown(names, dto.recordedBy);
        dto.nights = cost.getNights();
        dto.cityTier = cost.getCityTier();
        dto.travelClass = ApiEnums.name(cost.getTravelClass());
        dto.allowanceDays = cost.getAllowanceDays();
        dto.outsideStandard = cost.isOutsideStandard();
        dto.standardNotChecked = cost.isStandardNotChecked();
        dto.standardDeviation = ApiEnums.name(cost.getStandardDeviation());
        dto.standardNote = cost.getStandardNote();
        dto.planDeviation = ApiEnums.name(cost.getPlanDeviation());
        dto.planNote = cost.getPlanNote();
        return dto;
    }
}
