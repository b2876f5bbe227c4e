package org.aftersales.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The two-weekly cadence of owner follow-ups (R-F2; 第四章第二条3), as a rule on days.
 *
 * <p>Periods follow the Civil Code (Art. 201–203, REQUIREMENTS "Periods and days"): the start day is not counted, so
 * a contact is due on start + period, the last day in time, and overdue from the day after. The start is the day of
 * the last contact that reached the owner; before any, provisional handover to production, from which after-sales
 * begins. An attempt that reached nobody is not a start.
 *
 * <p>A reached contact fixes its own next due date with the period then in force ({@link OwnerFollowUp}); only the
 * first due date after provisional handover takes the period in force when asked.
 */
public final class FollowUpCadence {

    private FollowUpCadence() {}

    /**
     * The due date of the next contact.
     *
     * @param provisionalHandover the project's provisional handover, the start when no contact reached the owner yet
     * @param lastReachedNextDue the due date the last reached contact set, or {@code null} when there is none
     * @param periodDays the policy's follow-up period in force
     */
    public static LocalDate dueDate(LocalDate provisionalHandover, LocalDate lastReachedNextDue, int periodDays) {
        return lastReachedNextDue != null ? lastReachedNextDue : provisionalHandover.plusDays(periodDays);
    }

    /** Days from {@code asOf} to {@code due}: positive = days left, 0 = due today, negative = days overdue. */
    public static long daysLeft(LocalDate due, LocalDate asOf) {
        return ChronoUnit.DAYS.between(asOf, due);
    }

    /** The state on {@code asOf}; {@code withinDays} is the planner's window ("due this week": 7). */
    public static FollowUpState state(LocalDate due, LocalDate asOf, int withinDays, boolean declined) {
        if (declined) {
            return FollowUpState.DECLINED;
        }
        if (asOf.isAfter(due)) {
            return FollowUpState.OVERDUE;
        }
        return daysLeft(due, asOf) <= withinDays ? FollowUpState.DUE_SOON : FollowUpState.UPCOMING;
    }

    /** A contact that reached the owner: its day and the next due date it set. */
    public record Reached(LocalDate day, LocalDate nextDueDate) {}

    /**
     * One turn of the cadence: from its start, due on {@code dueDate}, closed by the first reached contact after the
     * start ({@code metOn}, {@code null} while open).
     */
    public record Cycle(LocalDate start, LocalDate dueDate, LocalDate metOn) {

        public boolean metInTime() {
            return metOn != null && !metOn.isAfter(dueDate);
        }

        /** Not met by its due date, judged on {@code asOf}: met late, or still open after the due date. */
        public boolean missed(LocalDate asOf) {
            return metOn != null ? metOn.isAfter(dueDate) : asOf.isAfter(dueDate);
        }
    }

    /**
     * The cycles from provisional handover up to {@code asOf}, for compliance (how many contacts fell due, how many
     * were made in time). {@code reached} in order of day; contacts after {@code asOf} are not counted.
     */
    public static List<Cycle> cycles(
            LocalDate provisionalHandover, int periodDays, List<Reached> reached, LocalDate asOf) {
        List<Cycle> cycles = new ArrayList<>();
        LocalDate start = provisionalHandover;
        LocalDate due = provisionalHandover.plusDays(periodDays);
        for (Reached contact : reached) {
            if (contact.day().isAfter(asOf)) {
                break;
            }
            cycles.add(new Cycle(start, due, contact.day()));
            start = contact.day();
            due = contact.nextDueDate();
        }
        cycles.add(new Cycle(start, due, null));
        return cycles;
    }
}
