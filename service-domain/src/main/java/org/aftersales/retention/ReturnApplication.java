package org.aftersales.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.aftersales.policy.HolidayCalendar;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * The statutory return procedure of one retention (R-C8, 《建设工程质量保证金管理办法》 2017 第十条、第十一条): at the end of
 * the defect-liability period the contractor applies for the return; within 14 days of <em>receiving</em> the
 * application the employer verifies it; without objection it pays within the contract's return term (14 days where the
 * contract sets none) from the verification. If the employer answers neither within 14 days of receipt nor within 14
 * days of a written reminder, the application counts as accepted on the day after the second period ends, and payment
 * is due after the return term from that day.
 *
 * <p>Day periods follow the Civil Code (Art. 201–203, REQUIREMENTS "Periods and days"): the start day is not counted, a
 * period of N days ends with day start + N, and a last day that is not a working day moves to the first working day
 * after it, per the holiday calendar. An answer recorded at any time before deemed acceptance is an answer; a reminder
 * can only be sent once the verification period has passed without one.
 */
@Embeddable
public class ReturnApplication {

    public static final int VERIFICATION_DAYS = 14;
    public static final int DEFAULT_RETURN_TERM_DAYS = 14;
    public static final int REASON_LENGTH = 500;

    @Column(name = "application_sent_date")
    private LocalDate sentDate;

    @Column(name = "application_received_date")
    private LocalDate receivedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "application_channel", length = 20)
    private ReturnChannel channel;

    @Column(name = "verification_date")
    private LocalDate verificationDate;

    @Column(name = "verification_objection")
    private Boolean objection;

    @Column(name = "objection_reason", length = REASON_LENGTH)
    private String objectionReason;

    @Column(name = "reminder_sent_date")
    private LocalDate reminderSentDate;

    @Column(name = "reminder_received_date")
    private LocalDate reminderReceivedDate;

    /** The scan of the receipt of the application (or of the application received), a stored document; optional. */
    @Column(name = "application_scan_id")
    private Long applicationScanId;

    /** The scan of the receipt of the reminder (or of the reminder received), a stored document; optional. */
    @Column(name = "reminder_scan_id")
    private Long reminderScanId;

    protected ReturnApplication() {}

    /** An application sent on {@code sent} and received by the other side on {@code received}. */
    public static ReturnApplication received(LocalDate sent, LocalDate received, ReturnChannel channel) {
        if (received == null) {
            throw new BusinessException("receivedDate", "returnProcedure.error.receivedRequired");
        }
        if (sent != null && received.isBefore(sent)) {
            throw new BusinessException("receivedDate", "returnProcedure.error.receivedBeforeSent", sent);
        }
        if (channel == null) {
            throw new BusinessException("channel", "returnProcedure.error.channelRequired");
        }
        ReturnApplication application = new ReturnApplication();
        application.sentDate = sent;
        application.receivedDate = received;
        application.channel = channel;
        return application;
    }

    /** The other side's answer: verified, with or without objection. Too late once the application counts as accepted. */
    void verify(LocalDate date, boolean withObjection, String reason, HolidayCalendar calendar) {
        if (date == null) {
            throw new BusinessException("date", "returnProcedure.error.dateRequired");
        }
        if (date.isBefore(receivedDate)) {
            throw new BusinessException("date", "returnProcedure.error.verifiedBeforeReceipt", receivedDate);
        }
        if (verificationDate != null) {
            throw new BusinessException("date", "returnProcedure.error.alreadyAnswered");
        }
        LocalDate deemed = deemedAcceptedDate(calendar);
        if (deemed != null && !date.isBefore(deemed)) {
            throw new BusinessException("date", "returnProcedure.error.alreadyDeemedAccepted", deemed);
        }
        String stripped = Inputs.stripToNull(reason);
        if (withObjection && stripped == null) {
            throw new BusinessException("reason", "returnProcedure.error.reasonRequired");
        }
        if (stripped != null && stripped.length() > REASON_LENGTH) {
            throw new BusinessException("reason", "returnProcedure.error.tooLong", REASON_LENGTH);
        }
        verificationDate = date;
        objection = withObjection;
        objectionReason = withObjection ? stripped : null;
    }

    /** The written reminder, once the verification period has passed without an answer. */
    void remind(LocalDate sent, LocalDate received, HolidayCalendar calendar) {
        if (received == null) {
            throw new BusinessException("receivedDate", "returnProcedure.error.receivedRequired");
        }
        if (sent != null && received.isBefore(sent)) {
            throw new BusinessException("receivedDate", "returnProcedure.error.receivedBeforeSent", sent);
        }
        if (verificationDate != null) {
            throw new BusinessException("receivedDate", "returnProcedure.error.alreadyAnswered");
        }
        if (reminderReceivedDate != null) {
            throw new BusinessException("receivedDate", "returnProcedure.error.alreadyReminded");
        }
        LocalDate verificationDue = verificationDueDate(calendar);
        LocalDate sentOrReceived = sent != null ? sent : received;
        if (!sentOrReceived.isAfter(verificationDue)) {
            throw new BusinessException("sentDate", "returnProcedure.error.reminderTooEarly", verificationDue);
        }
        reminderSentDate = sent;
        reminderReceivedDate = received;
    }

    /**
     * Links the scan proving receipt (R-C8: receipt starts the periods, so its proof is kept with the procedure) of
     * the application or, with {@code reminder}, of the reminder — which must have been recorded first.
     */
    void attachReceiptScan(boolean reminder, Long documentId) {
        if (reminder) {
            if (reminderReceivedDate == null) {
                throw new BusinessException("receivedDate", "returnProcedure.error.noReminder");
            }
            reminderScanId = documentId;
        } else {
            applicationScanId = documentId;
        }
    }

    /** The end of a period of {@code days} days from {@code start} (not counted), moved off a non-working day. */
    static LocalDate periodEnd(LocalDate start, int days, HolidayCalendar calendar) {
        return calendar.nextWorkingDayOnOrAfter(start.plusDays(days));
    }

    /** The last day of the 14-day verification period from receipt. */
    public LocalDate verificationDueDate(HolidayCalendar calendar) {
        return periodEnd(receivedDate, VERIFICATION_DAYS, calendar);
    }

    /** The last day of the second 14 days, from the reminder's receipt; {@code null} without a reminder. */
    public LocalDate reminderDueDate(HolidayCalendar calendar) {
        return reminderReceivedDate == null ? null : periodEnd(reminderReceivedDate, VERIFICATION_DAYS, calendar);
    }

    /**
     * The day the application counts as accepted: the day after the reminder's period ends, when neither period saw an
     * answer; {@code null} otherwise (an answer came, or no reminder was received yet).
     */
    public LocalDate deemedAcceptedDate(HolidayCalendar calendar) {
        LocalDate reminderDue = reminderDueDate(calendar);
        if (reminderDue == null) {
            return null;
        }
        if (verificationDate != null && !verificationDate.isAfter(reminderDue)) {
            return null;
        }
        return reminderDue.plusDays(1);
    }

    /**
     * The last day for payment: the return term from the verification without objection, or from the day of deemed
     * acceptance; {@code null} while neither has happened (as of {@code day}).
     */
    public LocalDate paymentDueDate(int returnTermDays, HolidayCalendar calendar, LocalDate day) {
        if (verificationDate != null && Boolean.FALSE.equals(objection) && !verificationDate.isAfter(day)) {
            return periodEnd(verificationDate, returnTermDays, calendar);
        }
        LocalDate deemed = deemedAcceptedDate(calendar);
        if (deemed != null && !deemed.isAfter(day) && (verificationDate == null || verificationDate.isAfter(day))) {
            return periodEnd(deemed, returnTermDays, calendar);
        }
        return null;
    }

    /** Where the procedure stands at the end of {@code day}. */
    public ReturnState stateOn(LocalDate day, HolidayCalendar calendar) {
        if (day.isBefore(receivedDate)) {
            return ReturnState.NOT_APPLIED;
        }
        LocalDate deemed = deemedAcceptedDate(calendar);
        if (verificationDate != null
                && !verificationDate.isAfter(day)
                && (deemed == null || verificationDate.isBefore(deemed))) {
            return Boolean.TRUE.equals(objection) ? ReturnState.OBJECTED : ReturnState.VERIFIED;
        }
        if (deemed != null && !day.isBefore(deemed)) {
            return ReturnState.DEEMED_ACCEPTED;
        }
        if (reminderReceivedDate != null && !reminderReceivedDate.isAfter(day)) {
            return ReturnState.AWAITING_REMINDER_ANSWER;
        }
        return day.isAfter(verificationDueDate(calendar))
                ? ReturnState.REMINDER_DUE
                : ReturnState.AWAITING_VERIFICATION;
    }

    public LocalDate getSentDate() {
        return sentDate;
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public ReturnChannel getChannel() {
        return channel;
    }

    public LocalDate getVerificationDate() {
        return verificationDate;
    }

    public boolean isObjection() {
        return Boolean.TRUE.equals(objection);
    }

    public String getObjectionReason() {
        return objectionReason;
    }

    public LocalDate getReminderSentDate() {
        return reminderSentDate;
    }

    public LocalDate getReminderReceivedDate() {
        return reminderReceivedDate;
    }

    public Long getApplicationScanId() {
        return applicationScanId;
    }

    public Long getReminderScanId() {
        return reminderScanId;
    }
}
