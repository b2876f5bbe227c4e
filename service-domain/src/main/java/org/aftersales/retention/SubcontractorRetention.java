package org.aftersales.retention;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.policy.HolidayCalendar;
import org.aftersales.project.Project;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.subcontractor.Subcontractor;

/**
 * The quality-guarantee deposit (质量保证金) the company holds from one equipment subcontractor on one project
 * (R-C4, 第四章4.5): costs caused by that subcontractor's equipment quality are registered by after-sales, confirmed by
 * the Engineering Department and deducted from it; what remains is released after the release date.
 *
 * <p>The ledger's invariant: balance = held − deducted − released, never below zero. A deduction or release larger
 * than the balance is refused. The running totals live on this row, so every movement changes it: the service locks
 * the row while it checks the balance, which keeps two users deducting at the same moment from overdrawing it.
 */
@Entity
@Table(name = "subcontractor_retention")
public class SubcontractorRetention extends BaseEntity {

    public static final int EARLY_RELEASE_REASON_LENGTH = 500;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subcontractor_id", nullable = false)
    private Subcontractor subcontractor;

    @Column(name = "held_amount", nullable = false, precision = 19, scale = 2)
    private Money held;

    @Column(name = "deducted_amount", nullable = false, precision = 19, scale = 2)
    private Money deducted = Money.ZERO;

    @Column(name = "released_amount", nullable = false, precision = 19, scale = 2)
    private Money released = Money.ZERO;

    @Column(name = "release_date")
    private LocalDate releaseDate;

    /** Why the retention is released before the defect-liability period ends (e.g. a bank guarantee replaces it). */
    @Column(name = "early_release_reason", length = EARLY_RELEASE_REASON_LENGTH)
    private String earlyReleaseReason;

    @OneToMany(mappedBy = "retention", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<RetentionEntry> entries = new ArrayList<>();

    /**
     * R-C8 the other way round: the subcontractor's application for the return, received by the company, and the
     * company's own answer — tracked so that the company never falls into deemed acceptance by silence.
     */
    @Embedded
    private ReturnApplication returnApplication;

    protected SubcontractorRetention() {}

    /**
     * @param defectLiabilityEnd the last day of the project's defect-liability period, null while it has not begun
     *     (no completion acceptance yet)
     * @param earlyReleaseReason required when the release date falls before the end of that period
     */
    public SubcontractorRetention(
            Project project,
            Subcontractor subcontractor,
            Money held,
            LocalDate releaseDate,
            LocalDate heldOn,
            LocalDate defectLiabilityEnd,
            String earlyReleaseReason) {
        if (project == null) {
            throw new BusinessException("projectId", "retention.error.projectRequired");
        }
        if (subcontractor == null) {
            throw new BusinessException("subcontractorId", "retention.error.subcontractorRequired");
        }
        if (held == null || held.isNegative() || held.amount().signum() == 0) {
            throw new BusinessException("heldAmount", "retention.error.heldPositive");
        }
        this.project = project;
        this.subcontractor = subcontractor;
        this.held = held;
        this.releaseDate = releaseDate;
        this.earlyReleaseReason = plausibleReleaseDate(releaseDate, heldOn, defectLiabilityEnd, earlyReleaseReason);
        entries.add(new RetentionEntry(this, RetentionEntryKind.HELD, held, heldOn, null, null));
    }

    /**
     * A release date must be plausible. Never before the retention was entered. Before the defect-liability period
     * has ended — the deposit exists to secure that period (《建设工程质量保证金管理办法》第二条; 制度第四章4.5) — only
     * with a reason: releasing early is lawful, e.g. against a bank guarantee (第三条 allows 银行保函 instead), but it
     * must be a decision someone can read later. A project not yet accepted has not begun the period: any date is
     * early. Returns the reason to keep (none when the date is not early).
     */
    static String plausibleReleaseDate(
            LocalDate releaseDate, LocalDate enteredOn, LocalDate defectLiabilityEnd, String earlyReleaseReason) {
        if (releaseDate == null) {
            return null;
        }
        if (releaseDate.isBefore(enteredOn)) {
            throw new BusinessException("releaseDate", "retention.error.releaseBeforeEntry", enteredOn);
        }
        boolean early = defectLiabilityEnd == null || !releaseDate.isAfter(defectLiabilityEnd);
        if (!early) {
            return null;
        }
        if (earlyReleaseReason == null || earlyReleaseReason.isBlank()) {
            throw defectLiabilityEnd == null
                    ? new BusinessException("earlyReleaseReason", "retention.error.earlyReleaseNotAccepted")
                    : new BusinessException(
                            "earlyReleaseReason", "retention.error.earlyReleaseReasonRequired", defectLiabilityEnd);
        }
        String reason = earlyReleaseReason.strip();
        if (reason.length() > EARLY_RELEASE_REASON_LENGTH) {
            throw new BusinessException("earlyReleaseReason", "retention.error.tooLong", EARLY_RELEASE_REASON_LENGTH);
        }
        return reason;
    }

    /** balance = held − deducted − released. */
    public Money balance() {
        return held.minus(deducted).minus(released);
    }

    /** Deducts a confirmed quality cost (R-C4); never more than the balance. */
    public RetentionEntry deduct(Money amount, String cause, Long serviceCaseId, LocalDate on) {
        requirePositive(amount);
        if (cause == null || cause.isBlank()) {
            throw new BusinessException("cause", "retention.error.causeRequired");
        }
        if (cause.strip().length() > RetentionEntry.CAUSE_LENGTH) {
            throw new BusinessException("cause", "retention.error.tooLong", RetentionEntry.CAUSE_LENGTH);
        }
        requireWithinBalance(amount);
        deducted = deducted.plus(amount);
        return add(new RetentionEntry(this, RetentionEntryKind.DEDUCTED, amount, on, cause.strip(), serviceCaseId));
    }

    /** Releases (part of) what remains, not before the release date nor before the retention was entered. */
    public RetentionEntry release(Money amount, LocalDate on) {
        requirePositive(amount);
        LocalDate entered = entries.get(0).getEntryDate();
        if (on.isBefore(entered)) {
            throw new BusinessException("date", "retention.error.releaseBeforeEntry", entered);
        }
        if (releaseDate != null && on.isBefore(releaseDate)) {
            throw new BusinessException("date", "retention.error.releaseTooEarly", releaseDate);
        }
        requireWithinBalance(amount);
        released = released.plus(amount);
        return add(new RetentionEntry(this, RetentionEntryKind.RELEASED, amount, on, null, null));
    }

    /** R-C8: the subcontractor's return application, received by the company on {@code received}. */
    public void receiveReturnApplication(LocalDate sent, LocalDate received, ReturnChannel channel) {
        ReturnApplication current = getReturnApplication();
        if (current != null && !(current.getVerificationDate() != null && current.isObjection())) {
            throw new BusinessException("receivedDate", "returnProcedure.error.alreadyApplied");
        }
        this.returnApplication = ReturnApplication.received(sent, received, channel);
    }

    /** R-C8: the company's answer to the subcontractor: verified, with or without objection (deductions). */
    public void answerReturnApplication(LocalDate date, boolean objection, String reason, HolidayCalendar calendar) {
        ReturnApplication current = getReturnApplication();
        if (current == null) {
            throw new BusinessException("receivedDate", "returnProcedure.error.noApplication");
        }
        current.verify(date, objection, reason, calendar);
    }

    /** R-C8: the subcontractor's written reminder, received by the company. */
    public void receiveReminder(LocalDate sent, LocalDate received, HolidayCalendar calendar) {
        ReturnApplication current = getReturnApplication();
        if (current == null) {
            throw new BusinessException("receivedDate", "returnProcedure.error.noApplication");
        }
        current.remind(sent, received, calendar);
    }

    /**
     * R-C8: where the subcontractor's application stands on {@code day}, from the company's side: the company's own
     * deadline to answer and, once it is verified without objection or counts as accepted, to pay — after the return
     * term (14 days, no contract of its own here) from that day. Paying late, the company owes the subcontractor
     * interest by the same rules ({@link LateInterest}) the other way round: on the balance still held each day after
     * payment was due, the deductions agreed and the releases being what reduces it from the day after their date.
     *
     * @param configuredRates the configured late-payment rates (one-year LPR history)
     */
    public ReturnStatus returnStatusOn(LocalDate day, HolidayCalendar calendar, LateInterest configuredRates) {
        ReturnApplication application = getReturnApplication();
        if (application == null) {
            return ReturnStatus.notApplied(day);
        }
        LocalDate paymentDue = application.paymentDueDate(ReturnApplication.DEFAULT_RETURN_TERM_DAYS, calendar, day);
        Money interest = configuredRates.accruedOn(held, settlements(), paymentDue, day);
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
        Long daysLeft = next == null || balance().amount().signum() == 0 && paymentDue != null
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

    /** What reduced the amount held, each on its day: deductions (agreed costs) and releases (payments). */
    private List<LateInterest.Payment> settlements() {
        return entries.stream()
                .filter(e -> e.getKind() != RetentionEntryKind.HELD)
                .map(e -> new LateInterest.Payment(e.getEntryDate(), e.getAmount()))
                .toList();
    }

    /** R-C8: links the scan of the application (or, with {@code reminder}, the reminder) the company received. */
    public void attachReceiptScan(boolean reminder, Long documentId) {
        ReturnApplication current = getReturnApplication();
        if (current == null) {
            throw new BusinessException("receivedDate", "returnProcedure.error.noApplication");
        }
        current.attachReceiptScan(reminder, documentId);
    }

    public ReturnApplication getReturnApplication() {
        return returnApplication == null || returnApplication.getReceivedDate() == null ? null : returnApplication;
    }

    private RetentionEntry add(RetentionEntry entry) {
        entries.add(entry);
        return entry;
    }

    private static void requirePositive(Money amount) {
        if (amount == null || amount.isNegative() || amount.amount().signum() == 0) {
            throw new BusinessException("amount", "retention.error.amountPositive");
        }
    }

    private void requireWithinBalance(Money amount) {
        if (amount.isGreaterThan(balance())) {
            throw new BusinessException("amount", "retention.error.overdraw", amount, balance());
        }
    }

    public Project getProject() {
        return project;
    }

    public Subcontractor getSubcontractor() {
        return subcontractor;
    }

    public Money getHeld() {
        return held;
    }

    public Money getDeducted() {
        return deducted;
    }

    public Money getReleased() {
        return released;
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public String getEarlyReleaseReason() {
        return earlyReleaseReason;
    }

    public List<RetentionEntry> getEntries() {
        return List.copyOf(entries);
    }
}
