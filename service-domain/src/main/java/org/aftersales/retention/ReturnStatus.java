package org.aftersales.retention;

import java.time.LocalDate;
import org.aftersales.shared.Money;

/**
 * The return procedure of one retention as of a day (R-C8): its state, every deadline, the days left to the next one
 * (negative when passed) and the late interest accrued up to and including that day.
 */
public record ReturnStatus(
        LocalDate asOf,
        ReturnState state,
        LocalDate applicationReceivedDate,
        LocalDate verificationDueDate,
        LocalDate reminderReceivedDate,
        LocalDate reminderDueDate,
        LocalDate deemedAcceptedDate,
        LocalDate paymentDueDate,
        Long daysLeft,
        Money interestAccrued) {

    /** Nothing applied yet. */
    static ReturnStatus notApplied(LocalDate asOf) {
        return new ReturnStatus(asOf, ReturnState.NOT_APPLIED, null, null, null, null, null, null, null, Money.ZERO);
    }

    /** The deadline that matters next: verification, the reminder's period, or payment. */
    public LocalDate nextDeadline() {
        return switch (state) {
            case AWAITING_VERIFICATION, REMINDER_DUE -> verificationDueDate;
            case AWAITING_REMINDER_ANSWER -> reminderDueDate;
            case VERIFIED, DEEMED_ACCEPTED -> paymentDueDate;
            default -> null;
        };
    }
}
