package org.aftersales.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.aftersales.cost.CostCategory;
import org.aftersales.cost.CostStatement;
import org.aftersales.cost.ServiceCost;
import org.aftersales.cost.ServiceCostService;
import org.aftersales.cost.TravelClass;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.OnSiteService;
import org.aftersales.servicecase.ServiceAssessment;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.TripReport;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;

/**
 * The after-service panel of the case page (R-S12): the engineer books the service's costs by cost category (section C
 * of the requirements) and files the trip report; the company's supervising leader (主管领导 — the division leader or
 * the general manager, never the owner's signer and never an engineer who was sent) assesses workload, service
 * quality and cost control with scores 1 … 5 and a comment. Everyone who sees the case sees its cost statistics.
 *
 * <p>Each part is its own small form whose inputs carry the field names the services refuse with ({@code category},
 * {@code description}, {@code amount}, {@code hours}, {@code rate}, {@code nights}, {@code cityTier},
 * {@code travelClass}; {@code text}, {@code fromDate}, {@code toDate}; {@code workloadScore}, {@code qualityScore},
 * {@code costControlScore}, {@code comment}), so a refusal shows next to its input, translated.
 */
@Named
@ViewScoped
public class CaseAfterServiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String COST_FORM = "costs";
    private static final String TRIP_FORM = "trip";
    private static final String ASSESS_FORM = "assess";

    @Inject
    transient ServiceCostService costs;

    @Inject
    transient OnSiteService onSite;

    @Inject
    transient Caller caller;

    @Inject
    transient AftersalesConfig config;

    @Inject
    CaseViewBacking view;

    /** The statement as last read; read again after a booking (and when the view state outlives it). */
    private transient CostStatement statement;

    private CostCategory category;
    private String description;
    private BigDecimal amount;
    private BigDecimal hours;
    private BigDecimal rate;
    private Integer nights;
    private Integer cityTier;
    private TravelClass travelClass;
    private Integer allowanceDays;

    private String tripText;
    private LocalDate tripFrom;
    private LocalDate tripTo;

    private Integer workloadScore;
    private Integer qualityScore;
    private Integer costControlScore;
    private String comment;
    private LocalDateTime assessedAt;
    private LocalDateTime offeredAt;
    /** Why an assessment dated longer ago than the late-entry bound is entered only now. */
    private String lateReason;

    private ServiceCase serviceCase() {
        return view.getServiceCase();
    }

    // ---- costs (售后服务费统计表) ----

    public CostStatement getStatement() {
        if (statement == null) {
            statement = costs.statement(view.getId());
        }
        return statement;
    }

    public List<ServiceCost> getLines() {
        return getStatement().lines();
    }

    /** Every category with its total, zero where none was booked, in the order of {@link CostCategory}. */
    public List<Map.Entry<CostCategory, Money>> getTotals() {
        return List.copyOf(getStatement().totalsByCategory().entrySet());
    }

    public Money getTotal() {
        return getStatement().total();
    }

    /** Costs are booked also after the case closed (expense claims), never on a cancelled one. */
    public boolean isBooking() {
        return caller.may(Permission.COST_RECORD) && serviceCase().getStatus() != CaseStatus.CANCELLED;
    }

    public List<CostCategory> getCategories() {
        return Arrays.asList(CostCategory.values());
    }

    public List<TravelClass> getTravelClasses() {
        return Arrays.asList(TravelClass.values());
    }

    /** Labour is hours × rate; the amount then follows. */
    public boolean isHourly() {
        return category != null && category.isHourly();
    }

    public void book() {
        ServiceCost booked = CasePanels.attempt(
                COST_FORM,
                () -> costs.record(
                        view.getId(),
                        category,
                        description,
                        amount == null ? null : Money.of(amount),
                        hours,
                        rate == null ? null : Money.of(rate),
                        new ServiceCost.StandardFacts(nights, cityTier, travelClass, allowanceDays)));
        if (booked == null) {
            return;
        }
        statement = null;
        view.reload();
        Pages.info(
                booked.isOutsideStandard()
                        ? "afterService.cost.bookedOutside"
                        : booked.isStandardNotChecked()
                                ? "afterService.cost.bookedNotChecked"
                                : "afterService.cost.booked",
                Pages.text("CostCategory." + booked.getCategory()),
                booked.getAmount());
        category = null;
        description = null;
        amount = null;
        hours = null;
        rate = null;
        nights = null;
        cityTier = null;
        allowanceDays = null;
        travelClass = null;
    }

    // ---- trip report (出差报告) ----

    public TripReport getTripReport() {
        return serviceCase().getTripReport().orElse(null);
    }

    /** The engineer files the trip report once, for a case with on-site service, also after it closed. */
    public boolean isFilingTrip() {
        ServiceCase c = serviceCase();
        return caller.may(Permission.COST_RECORD)
                && c.getStatus() != CaseStatus.CANCELLED
                && c.getOnSiteConfirmedAt() != null
                && c.getTripReport().isEmpty();
    }

    public void fileTrip() {
        ServiceCase done =
                CasePanels.attempt(TRIP_FORM, () -> onSite.fileTripReport(view.getId(), tripText, tripFrom, tripTo));
        if (done != null) {
            view.refresh(done);
            Pages.info("afterService.trip.filed", done.getNumber());
        }
    }

    // ---- assessment by the supervising leader (主管领导) ----

    public ServiceAssessment getAssessment() {
        return serviceCase().getAssessment().orElse(null);
    }

    /** After the owner side signed off (or the case closed after it), once, by the division leader or the GM. */
    public boolean isAssessing() {
        ServiceCase c = serviceCase();
        boolean signedOff = c.getStatus() == CaseStatus.SIGNED_OFF
                || (c.getStatus() == CaseStatus.CLOSED && c.getServiceReport().isPresent());
        return caller.may(Permission.CASE_ASSESS)
                && signedOff
                && c.getAssessment().isEmpty();
    }

    /** What a leader sees while the service is not yet signed off: why the assessment is not open yet. */
    public boolean isAssessmentAwaited() {
        ServiceCase c = serviceCase();
        return caller.may(Permission.CASE_ASSESS)
                && c.getAssessment().isEmpty()
                && !isAssessing()
                && c.getStatus().isOpen()
                && c.getStatus().isOnSite();
    }

    public List<Integer> getScores() {
        return java.util.stream.IntStream.rangeClosed(ServiceAssessment.MIN_SCORE, ServiceAssessment.MAX_SCORE)
                .boxed()
                .toList();
    }

    public void assess() {
        java.time.Instant when = assessedAt == null || assessedAt.equals(offeredAt)
                ? null
                : CasePanels.instant(assessedAt, config.zone());
        ServiceCase done = CasePanels.attempt(
                ASSESS_FORM,
                () -> onSite.assess(
                        view.getId(), workloadScore, qualityScore, costControlScore, comment, when, lateReason));
        if (done != null) {
            view.refresh(done);
            Pages.info("afterService.assessment.saved", done.getNumber());
        }
    }

    /** The trip report and the assessment belong to a service with on-site work. */
    public boolean isOnSite() {
        return serviceCase().getOnSiteConfirmedAt() != null;
    }

    /** Whether the panel shows: to everyone who sees a case with on-site service or with costs booked. */
    public boolean isShown() {
        ServiceCase c = serviceCase();
        return c.getOnSiteConfirmedAt() != null || !getLines().isEmpty() || isBooking();
    }

    // ---- properties ----

    public CostCategory getCategory() {
        return category;
    }

    public void setCategory(CostCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public Integer getNights() {
        return nights;
    }

    public void setNights(Integer nights) {
        this.nights = nights;
    }

    public Integer getAllowanceDays() {
        return allowanceDays;
    }

    public void setAllowanceDays(Integer allowanceDays) {
        this.allowanceDays = allowanceDays;
    }

    public Integer getCityTier() {
        return cityTier;
    }

    public void setCityTier(Integer cityTier) {
        this.cityTier = cityTier;
    }

    public TravelClass getTravelClass() {
        return travelClass;
    }

    public void setTravelClass(TravelClass travelClass) {
        this.travelClass = travelClass;
    }

    public String getTripText() {
        return tripText;
    }

    public void setTripText(String tripText) {
        this.tripText = tripText;
    }

    public LocalDate getTripFrom() {
        return tripFrom;
    }

    public void setTripFrom(LocalDate tripFrom) {
        this.tripFrom = tripFrom;
    }

    public LocalDate getTripTo() {
        return tripTo;
    }

    public void setTripTo(LocalDate tripTo) {
        this.tripTo = tripTo;
    }

    public Integer getWorkloadScore() {
        return workloadScore;
    }

    public void setWorkloadScore(Integer workloadScore) {
        this.workloadScore = workloadScore;
    }

    public Integer getQualityScore() {
        return qualityScore;
    }

    public void setQualityScore(Integer qualityScore) {
        this.qualityScore = qualityScore;
    }

    public Integer getCostControlScore() {
        return costControlScore;
    }

    public void setCostControlScore(Integer costControlScore) {
        this.costControlScore = costControlScore;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** The moment of the assessment, offered as now (minutes) when the panel is first shown. */
    public LocalDateTime getAssessedAt() {
        if (offeredAt == null) {
            offeredAt = LocalDateTime.ofInstant(
                            view.getNow() == null ? java.time.Instant.now() : view.getNow(), config.zone())
                    .truncatedTo(ChronoUnit.MINUTES);
            assessedAt = offeredAt;
        }
        return assessedAt;
    }

    public void setAssessedAt(LocalDateTime assessedAt) {
        this.assessedAt = assessedAt;
    }

    public String getLateReason() {
        return lateReason;
    }

    public void setLateReason(String lateReason) {
        this.lateReason = lateReason;
    }
}
