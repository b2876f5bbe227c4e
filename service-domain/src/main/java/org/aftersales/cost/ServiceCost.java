package org.aftersales.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.Money;

/**
 * One actual cost of a service, booked against its case by category (售后服务费统计, R-S12; R-C3 compares them with
 * the project's cost plan). Labour is hours × the labour rate — the amount follows from them, and a stated amount must
 * agree —; every other category is a plain amount, without hours or rate. Amounts are more than zero.
 *
 * <p>A booked line is not edited: a mistake is corrected by a new line (and a cost plan compares totals).
 */
@Entity
@Table(name = "service_cost")
public class ServiceCost extends BaseEntity {

    public static final int DESCRIPTION_LENGTH = 500;
    public static final BigDecimal MAX_HOURS = new BigDecimal("9999.99");
    public static final Money MAX_AMOUNT = Money.of("9999999999.99");

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private CostCategory category;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    @Column(nullable = false, updatable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private Money amount;

    /** Labour only: the hours worked. */
    @Column(name = "labour_hours", updatable = false, precision = 8, scale = 2)
    private BigDecimal hours;

    /** Labour only: the rate per hour. */
    @Column(name = "labour_rate", updatable = false, precision = 19, scale = 2)
    private Money rate;

    protected ServiceCost() {}

    /**
     * @param amountOrNull for labour, may be left out (it is hours × rate) or must equal it; for the other categories
     *     required
     * @param hoursOrNull labour only
     * @param rateOrNull labour only
     */
    public ServiceCost(ServiceCase serviceCase, CostCategory category, String description, Money amountOrNull,
            BigDecimal hoursOrNull, Money rateOrNull) {
        if (category == null) {
            throw new BusinessException("category", "cost.error.categoryRequired");
        }
        String text = Inputs.stripToNull(description);
        if (text == null) {
            throw new BusinessException("description", "cost.error.descriptionRequired");
        }
        if (text.length() > DESCRIPTION_LENGTH) {
            throw new BusinessException("description", "case.error.tooLong", DESCRIPTION_LENGTH);
        }
        Money total;
        if (category.isHourly()) {
            if (hoursOrNull == null || hoursOrNull.signum() <= 0 || hoursOrNull.compareTo(MAX_HOURS) > 0
                    || hoursOrNull.stripTrailingZeros().scale() > 2) {
                throw new BusinessException("hours", "cost.error.hours");
            }
            if (rateOrNull == null || !rateOrNull.isGreaterThan(Money.ZERO)) {
                throw new BusinessException("rate", "cost.error.rate");
            }
            total = rateOrNull.times(hoursOrNull);
            if (amountOrNull != null && !amountOrNull.equals(total)) {
                throw new BusinessException("amount", "cost.error.labourAmount", amountOrNull, hoursOrNull.toPlainString(),
                        rateOrNull, total);
            }
            this.hours = hoursOrNull.setScale(2);
            this.rate = rateOrNull;
        } else {
            if (hoursOrNull != null || rateOrNull != null) {
                throw new BusinessException(hoursOrNull != null ? "hours" : "rate", "cost.error.hoursOnlyForLabour");
            }
            if (amountOrNull == null) {
                throw new BusinessException("amount", "cost.error.amountRequired");
            }
            total = amountOrNull;
        }
        if (!total.isGreaterThan(Money.ZERO)) {
            throw new BusinessException("amount", "cost.error.amountPositive");
        }
        if (total.isGreaterThan(MAX_AMOUNT)) {
            throw new BusinessException("amount", "cost.error.amountTooLarge");
        }
        this.serviceCase = serviceCase;
        this.category = category;
        this.description = text;
        this.amount = total;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public CostCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public Money getAmount() {
        return amount;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public Money getRate() {
        return rate;
    }
}
