package org.aftersales.field;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.ClockState;

/**
 * The after-sales engineer's day on the phone (issue 16, "Today"): the engineer's approved dispatches that have not
 * ended, in the order they are to be visited, each with what the engineer needs on the way and on site.
 */
public record EngineerDay(Instant at, List<Assignment> assignments) {

    /**
     * One approved dispatch (R-S6) of the engineer: the case, where to go, whom to call, the clock that runs, the
     * equipment and what is known about it.
     *
     * @param visitAt the agreed arrival time (R-S7) when agreed, else the dispatch's planned start
     * @param agreed whether {@code visitAt} is the arrival agreed with the owner
     * @param arrivedAt when the engineer arrived, {@code null} before
     * @param status the case's status
     * @param next the on-site acts the engineer may record next from the card ({@link EngineerDayService#next})
     * @param safetyPending the other dispatched engineers who have still to acknowledge the safety rules themselves
     *     before the work may be recorded (R-S7), by name ("赵工、王工"); empty when none
     */
    public record Assignment(
            long caseId,
            String caseNumber,
            String projectCode,
            String projectName,
            String site,
            String ownerName,
            String description,
            Instant visitAt,
            boolean agreed,
            Instant plannedTo,
            Instant arrivedAt,
            CaseStatus status,
            Set<FieldAct> next,
            String safetyPending,
            List<Contact> contacts,
            RunningClock clock,
            Equipment equipment,
            List<PastCase> history,
            List<Article> articles) {}

    /** An owner contact to call; {@code signOff}: may sign the service report (R-S8). */
    public record Contact(String name, String title, String phone, boolean signOff) {}

    /** The case's most pressing clock that still runs, with its due time as of the day's instant. */
    public record RunningClock(ClockKind kind, Instant dueAt, ClockState state) {}

    public record Equipment(long id, String tag, String name, String model, String manufacturer) {}

    /** An earlier case on the same equipment item. */
    public record PastCase(long id, String number, Instant receivedAt, String description, String status) {}

    /** A repair case or design defect (R-K1) written for the equipment's model. */
    public record Article(long id, String title) {}
}
