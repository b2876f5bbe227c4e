package org.aftersales.retention;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.policy.HolidayCalendar;
import org.aftersales.project.Project;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;

/**
 * The company's own retention held by the owner (工程项目质保金收款登记表, R-C5): due, invoiced, collected, outstanding.
 * Collecting it is the project department's job with Finance; raising the retention recovery rate is one of the
 * regulation's stated purposes.
 *
 * <p>{@code dueDate} is the first day the company may ask for the money back: the day after the defect-liability
 * period ends (R-C5). When the contract sets its own defect-liability months they count from completion acceptance
 * (Civil Code month rule, at most 24). Without them the period is the warranty, but never longer than the law allows:
 * the due date is the earlier of the day after {@code warrantyEnd} and the day after completion acceptance + 24 months
 * (a 36-month warranty does not hold the retention for 36 months). The due date is fixed when the retention is
 * recorded. It is not the day the money is late: that is the day after R-C8's payment due date, which exists only once
 * the owner verified the application without objection or is deemed to have accepted it ({@link #isOverdue}).
 * Retention above 3 % of the settled contract price is flagged: the 2017 rules (《建设工程质量保证金管理办法》) allow
 * no more (R-C8).
 */
@Entity
@Table(name = "project_retention")
public class ProjectRetention extends BaseEntity {

    /** The statutory ceiling: retention may not exceed 3 % of the settled contract price. */
    public static final BigDecimal STATUTORY_MAXIMUM_PERCENT = new BigDecimal("3.00");

    public static final int MAX_DEFECT_LIABILITY_MONTHS = 24;
    public static final int INVOICE_NUMBER_LENGTH = 60;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, unique = true)
    private Project project;

    @Column(nullable = false, precision = 19, scale = 2)
    private Money amount;

    @Column(name = "defect_liability_months")
    private Integer defectLiabilityMonths;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "invoice_number", length = INVOICE_NUMBER_LENGTH)
    private String invoiceNumber;

    @Column(name = "invoice_date")
    private LocalDate invoiceDate;

    @Column(name = "collected_amount", nullable = false, precision = 19, scale = 2)
    private Money collected = Money.ZERO;

    @OneToMany(mappedBy = "retention", cascade = CascadeType.PERSIST)
    @OrderBy("collectedOn, id")
    private List<RetentionCollection> collections = new ArrayList<>();

    /** R-C8: the contract's return term in days, counted from verification or deemed acceptance (default 14). */
    @Column(name = "return_term_days", nullable = false)
    private int returnTermDays = ReturnApplication.DEFAULT_RETURN_TERM_DAYS;

    /** R-C8: the contract's own annual late-payment rate in percent; {@code null}: the configured rate (LPR). */
    @Column(name = "contract_late_rate_percent", precision = 7, scale = 4)
    private BigDecimal contractLateRatePercent;

    /** R-C8: the return application and what came of it; {@code null} until one is received. */
    @Embedded
    private ReturnApplication returnApplication;

    protected ProjectRetention() {}

    public ProjectRetention(Project project, Money amount, Integer defectLiabilityMonths) {
        if (project == null) {
            throw new BusinessException("projectId", "retention.error.projectRequired");
        }
        if (amount == null || amount.isNegative() || amount.amount().signum() == 0) {
            throw new BusinessException("amount", "retention.error.amountPositive");
        }
        if (defectLiabilityMonths != null
                && (defectLiabilityMonths < 1 || defectLiabilityMonths > MAX_DEFECT_LIABILITY_MONTHS)) {
            throw new BusinessException(
                    "defectLiabilityMonths", "retention.error.defectLiabilityMonths", MAX_DEFECT_LIABILITY_MONTHS);
        }
        this.project = project;
        this.amount = amount;
        this.defectLiabilityMonths = defectLiabilityMonths;
        this.dueDate = dueDateOf(project, defectLiabilityMonths);
    }

    /**
     * R-C5 with R-C8's cap — the one place the due date is computed. 《建设工程质量保证金管理办法》(2017) 第二条:
     * “缺陷责任期一般为1年，最长不超过2年，由发、承包双方在合同中约定。” and 第八条: “缺陷责任期从工程通过竣工验收之日起计。”
     * With the contract's own months (≤ 24): the day after completion acceptance + those months. Otherwise the
     * earlier of the day after the warranty end and the day after completion acceptance + 24 months.
     */
    static LocalDate dueDateOf(Project project, Integer defectLiabilityMonths) {
        LocalDate end = defectLiabilityEndOf(project, defectLiabilityMonths);
        if (end == null) {
            throw new BusinessException("projectId", "retention.error.noHandover");
        }
        return end.plusDays(1);
    }

    /**
     * The last day of the project's defect-liability period by the rule above, null while it is unknown (no
     * completion acceptance yet; without the contract's months, no warranty end either).
     */
    public static LocalDate defectLiabilityEndOf(Project project, Integer defectLiabilityMonths) {
        LocalDate completion = project.handoverDates().effectiveCompletionAcceptanceDate();
        if (completion == null) {
            return null;
        }
        if (defectLiabilityMonths != null) {
            return completion.plusMonths(defectLiabilityMonths);
        }
        if (project.getWarrantyEnd() == null) {
            return null;
        }
        LocalDate statutoryMaximum = completion.plusMonths(MAX_DEFECT_LIABILITY_MONTHS);
        return project.getWarrantyEnd().isAfter(statutoryMaximum) ? statutoryMaximum : project.getWarrantyEnd();
    }

    public void recordInvoice(String number, LocalDate date) {
        if (number == null || number.isBlank() || date == null) {
            throw new BusinessException("invoiceNumber", "retention.error.invoiceRequired");
        }
        this.invoiceNumber = number.strip();
        this.invoiceDate = date;
    }

    /** A payment from the owner; never more than what is outstanding. */
    public RetentionCollection collect(Money payment, LocalDate on) {
        if (payment == null || payment.isNegative() || payment.amount().signum() == 0) {
            throw new BusinessException("amount", "retention.error.amountPositive");
        }
        if (on == null) {
            throw new BusinessException("date", "retention.error.dateRequired");
        }
        if (payment.isGreaterThan(outstanding())) {
            throw new BusinessException("amount", "retention.error.overCollected", payment, outstanding());
        }
        collected = collected.plus(payment);
        RetentionCollection collection = new RetentionCollection(this, payment, on);
        collections.add(collection);
        return collection;
    }

    /**
     * R-C8: the contract's return term (1 … 365 days, default 14) and its own late-payment rate, if it sets one.
     */
    public void agreeReturnTerms(Integer termDays, BigDecimal lateRatePercent) {
        int days = termDays == null ? ReturnApplication.DEFAULT_RETURN_TERM_DAYS : termDays;
        if (days < 1 || days > 365) {
            throw new BusinessException("returnTermDays", "returnProcedure.error.returnTerm");
        }
        if (lateRatePercent != null
                && (lateRatePercent.signum() < 0 || lateRatePercent.compareTo(new BigDecimal("100")) > 0)) {
            throw new BusinessException("lateRatePercent", "returnProcedure.error.rate");
        }
        this.returnTermDays = days;
        this.contractLateRatePercent = lateRatePercent;
    }

    /**
     * R-C8: the application for the return, received by the owner on {@code received}. Possible from the due date on
     * (the end of the defect-liability period); a new application replaces one the owner objected to.
     */
    public void applyForReturn(LocalDate sent, LocalDate received, ReturnChannel channel) {
        ReturnApplication current = getReturnApplication();
        if (current != null && !(current.getVerificationDate() != null && current.isObjection())) {
            throw new BusinessException("receivedDate", "returnProcedure.error.alreadyApplied");
        }
        LocalDate first = sent != null ? sent : received;
        if (first != null && first.isBefore(dueDate)) {
            throw new BusinessException("sentDate", "returnProcedure.error.beforeDue", dueDate);
        }
        this.returnApplication = ReturnApplication.received(sent, received, channel);
    }

    /** R-C8: the owner's verification, with or without objection. */
    public void recordVerification(LocalDate date, boolean objection, String reason, HolidayCalendar calendar) {
        requireApplication().verify(date, objection, reason, calendar);
    }

    /** R-C8: the written reminder after the verification period passed without an answer. */
    public void recordReminder(LocalDate sent, LocalDate received, HolidayCalendar calendar) {
        requireApplication().remind(sent, received, calendar);
    }

    /** R-C8: links the scan of the owner's receipt of the application (or, with {@code reminder}, the reminder). */
    public void attachReceiptScan(boolean reminder, Long documentId) {
        requireApplication().attachReceiptScan(reminder, documentId);
    }

    private ReturnApplication requireApplication() {
        ReturnApplication current = getReturnApplication();
        if (current == null) {
            throw new BusinessException("receivedDate", "returnProcedure.error.noApplication");
        }
        return current;
    }

    /**
     * R-C8 as of {@code day}: the state, the deadlines, the days left to the next one and the late interest.
     *
     * @param configuredRates the configured rate history, used when the contract sets no rate of its own
     */
    public ReturnStatus returnStatusOn(LocalDate day, HolidayCalendar calendar, LateInterest configuredRates) {
        ReturnApplication application = getReturnApplication();
        if (application == null) {
            return ReturnStatus.notApplied(day);
        }
        LocalDate paymentDue = application.paymentDueDate(returnTermDays, calendar, day);
        LateInterest rates = contractLateRatePercent != null
                ? LateInterest.atContractRate(contractLateRatePercent)
                : configuredRates;
        Money interest = rates.accrued(amount, collections, paymentDue, day);
        ReturnStatus status = new ReturnStatus(
                day,
                application.stateOn(day, calendar),
                application.getReceivedDate(),
                application.verificationDueDate(calendar),
                application.getReminderReceivedDate(),
                application.reminderDueDate(calendar),
                application.deemedAcceptedDate(calendar),
                paymentDue,
                null,
                interest);
        LocalDate next = status.nextDeadline();
        Long daysLeft = next == null || outstanding().amount().signum() == 0 && paymentDue != null
                ? null
                : java.time.temporal.ChronoUnit.DAYS.between(day, next);
        return new ReturnStatus(
                day,
                status.state(),
                status.applicationReceivedDate(),
                status.verificationDueDate(),
                status.reminderReceivedDate(),
                status.reminderDueDate(),
                status.deemedAcceptedDate(),
                paymentDue,
                daysLeft,
                interest);
    }

    public ReturnApplication getReturnApplication() {
        return returnApplication == null || returnApplication.getReceivedDate() == null ? null : returnApplication;
    }

    public int getReturnTermDays() {
        return returnTermDays;
    }

    public BigDecimal getContractLateRatePercent() {
        return contractLateRatePercent;
    }

    public Money outstanding() {
        return amount.minus(collected);
    }

    /** The amount collected on or before a day (for the recovery rate at a period's end). */
    public Money collectedBy(LocalDate day) {
        return collections.stream()
                .filter(c -> !c.getCollectedOn().isAfter(day))
                .map(RetentionCollection::getAmount)
                .reduce(Money.ZERO, Money::plus);
    }

    /** Percentage of the settled contract price, or {@code null} when the project has none. */
    public BigDecimal percentOfContractPrice() {
        Money price = project.getSettledContractPrice();
        return price == null ? null : amount.percentOf(price);
    }

    /** R-C8: more than 3 % of the settled contract price. */
    public boolean isAboveStatutoryMaximum() {
        return aboveStatutoryMaximum(amount, project.getSettledContractPrice());
    }

    /** R-C8: {@code amount} is more than 3 % of {@code settledPrice} (never when there is no price). */
    static boolean aboveStatutoryMaximum(Money amount, Money settledPrice) {
        if (settledPrice == null) {
            return false;
        }
        BigDecimal ceiling =
                settledPrice.amount().multiply(STATUTORY_MAXIMUM_PERCENT).movePointLeft(2);
        return amount.amount().compareTo(ceiling) > 0;
    }

    /**
     * R-C8: late is after the payment due date, not from the due date (which is only the first day the company may
     * apply). 《建设工程质量保证金管理办法》第十条: “对返还期限没有约定或者约定不明确的，发包人应当在核实后14天内将保证金返还承包人，
     * 逾期未返还的，依法承担违约责任。” Overdue on the status's day: a payment due date exists, that day is past it, and
     * something was still outstanding at its end. The one rule for registers, "my work", the API and the monthly
     * report.
     */
    public boolean isOverdue(ReturnStatus status) {
        LocalDate paymentDue = status.paymentDueDate();
        return paymentDue != null
                && status.asOf().isAfter(paymentDue)
                && amount.minus(collectedBy(status.asOf())).amount().signum() > 0;
    }

    public Project getProject() {
        return project;
    }

    public Money getAmount() {
        return amount;
    }

    public Integer getDefectLiabilityMonths() {
        return defectLiabilityMonths;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public Money getCollected() {
        return collected;
    }

    public List<RetentionCollection> getCollections() {
        return List.copyOf(collections);
    }
}
