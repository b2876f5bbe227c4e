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

    /** Accommodation only, optional: the nights paid for, to check the amount per night (R-C7). */
    @Column(updatable = false)
    private Integer nights;

    /** Accommodation only, optional: the city tier 1, 2 or 3 whose limit applies (R-C7). */
    @Column(name = "city_tier", updatable = false)
    private Integer cityTier;

    /** Travel only, optional: the class travelled (R-C7). */
    @Enumerated(EnumType.STRING)
    @Column(name = "travel_class", updatable = false, length = 30)
    private TravelClass travelClass;

    /** Travel only, optional: the days away a daily-allowance line (出差补助) pays for (R-C7). */
    @Column(name = "allowance_days", updatable = false)
    private Integer allowanceDays;

    /** R-C7: how the line lies outside the expense standard in force when it was booked; {@code null} within it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "standard_deviation", updatable = false, length = 40)
    private StandardDeviation standardDeviation;

    @Column(name = "standard_note", updatable = false, length = 300)
    private String standardNote;

    /** R-C1 / R-C2: how the line stood against the project's cost plan when booked; {@code null}: within it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "plan_deviation", updatable = false, length = 30)
    private PlanDeviation planDeviation;

    @Column(name = "plan_note", updatable = false, length = 300)
    private String planNote;

    protected ServiceCost() {}

    /**
     * What the expense-standard check of a line needs beyond its amount (R-C7): nights and city tier of accommodation;
     * of travel, the class of a ticket or the days of a daily allowance (one or the other). Without them the line is
     * booked and flagged "not checked".
     */
    public record StandardFacts(Integer nights, Integer cityTier, TravelClass travelClass, Integer allowanceDays) {
        public static final StandardFacts NONE = new StandardFacts(null, null, null, null);

        public StandardFacts(Integer nights, Integer cityTier, TravelClass travelClass) {
            this(nights, cityTier, travelClass, null);
        }
    }

    /**
     * @param amountOrNull for labour, may be left out (it is hours × rate) or must equal it; for the other categories
     *     required
     * @param hoursOrNull labour only
     * @param rateOrNull labour only
     */
    public ServiceCost(
            ServiceCase serviceCase,
            CostCategory category,
            String description,
            Money amountOrNull,
            BigDecimal hoursOrNull,
            Money rateOrNull) {
        this(serviceCase, category, description, amountOrNull, hoursOrNull, rateOrNull, StandardFacts.NONE);
    }

    /**
     * @param facts nights and city tier for accommodation, the travel class for travel; refused on other categories
     */
    public ServiceCost(
            ServiceCase serviceCase,
            CostCategory category,
            String description,
            Money amountOrNull,
            BigDecimal hoursOrNull,
            Money rateOrNull,
            StandardFacts facts) {
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
            if (hoursOrNull == null
                    || hoursOrNull.signum() <= 0
                    || hoursOrNull.compareTo(MAX_HOURS) > 0
                    || hoursOrNull.stripTrailingZeros().scale() > 2) {
                throw new BusinessException("hours", "cost.error.hours");
            }
            if (rateOrNull == null || !rateOrNull.isGreaterThan(Money.ZERO)) {
                throw new BusinessException("rate", "cost.error.rate");
            }
            total = rateOrNull.times(hoursOrNull);
            if (amountOrNull != null && !amountOrNull.equals(total)) {
                throw new BusinessException(
                        "amount",
                        "cost.error.labourAmount",
                        amountOrNull,
                        hoursOrNull.toPlainString(),
                        rateOrNull,
                        total);
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
        StandardFacts given = facts == null ? StandardFacts.NONE : facts;
        if ((given.nights() != null || given.cityTier() != null) && category != CostCategory.ACCOMMODATION) {
            throw new BusinessException(
                    given.nights() != null ? "nights" : "cityTier", "cost.error.nightsOnlyForAccommodation");
        }
        if (given.nights() != null && (given.nights() < 1 || given.nights() > 366)) {
            throw new BusinessException("nights", "cost.error.nights");
        }
        if (given.cityTier() != null && (given.cityTier() < 1 || given.cityTier() > 3)) {
            throw new BusinessException("cityTier", "cost.error.cityTier");
        }
        if (given.travelClass() != null && category != CostCategory.TRAVEL) {
            throw new BusinessException("travelClass", "cost.error.travelClassOnlyForTravel");
        }
        if (given.allowanceDays() != null) {
            if (category != CostCategory.TRAVEL) {
                throw new BusinessException("allowanceDays", "cost.error.allowanceDaysOnlyForTravel");
            }
            if (given.allowanceDays() < 1 || given.allowanceDays() > 366) {
                throw new BusinessException("allowanceDays", "cost.error.allowanceDays");
            }
            if (given.travelClass() != null) {
                throw new BusinessException("allowanceDays", "cost.error.travelClassOrAllowance");
            }
        }
        this.serviceCase = serviceCase;
        this.category = category;
        this.description = text;
        this.amount = total;
        this.nights = given.nights();
        this.cityTier = given.cityTier();
        this.travelClass = given.travelClass();
        this.allowanceDays = given.allowanceDays();
    }

    /** R-C7: checks the line against the standards in force when it is booked; the outcome stays with the line. */
    public void checkAgainst(ExpenseStandards standards) {
        ExpenseStandards.Finding finding = standards.check(this).orElse(null);
        this.standardDeviation = finding == null ? null : finding.deviation();
        this.standardNote = finding == null ? null : finding.note();
    }

    /** R-C1 / R-C2: the project's cost plan's judgement of the line, made when it is booked (before it is stored). */
    public void flagAgainstPlan(PlanDeviation.Finding finding) {
        this.planDeviation = finding == null ? null : finding.deviation();
        this.planNote = finding == null ? null : finding.note();
    }

    public PlanDeviation getPlanDeviation() {
        return planDeviation;
    }

    public String getPlanNote() {
        return planNote;
    }

    /** R-C7: whether the line was checked and lies outside the expense standards, flagged for the supervisor. */
    public boolean isOutsideStandard() {
        return standardDeviation != null && standardDeviation.isOutside();
    }

    /** R-C7: whether the line lacked what its check needs, flagged "not checked" for the supervisor. */
    public boolean isStandardNotChecked() {
        return standardDeviation == StandardDeviation.NOT_CHECKED;
    }

    public Integer getAllowanceDays() {
        return allowanceDays;
    }

    public StandardDeviation getStandardDeviation() {
        return standardDeviation;
    }

    public String getStandardNote() {
        return standardNote;
    }

    public Integer getNights() {
        return nights;
    }

    public Integer getCityTier() {
        return cityTier;
    }

    public TravelClass getTravelClass() {
        return travelClass;
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
