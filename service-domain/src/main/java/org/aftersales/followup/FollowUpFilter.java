package org.aftersales.followup;

import java.util.EnumSet;
import java.util.Set;

/**
 * Filters of the follow-up planner and {@code GET /api/follow-ups/due}; {@code null} means "any".
 *
 * @param engineer the user name of whoever last reached the owner of the project
 * @param states the states listed; empty or {@code null} = overdue and due within the window
 * @param withinDays the window of "due soon" in days from the day asked about (7 = this week)
 */
public record FollowUpFilter(
        Long projectId, Long projectDepartmentId, String engineer, Set<FollowUpState> states, int withinDays) {

    public static final int DEFAULT_WINDOW_DAYS = 7;

    /** The planner's default: what needs a call this week, and what is already late. */
    public static final Set<FollowUpState> ACTIONABLE = EnumSet.of(FollowUpState.OVERDUE, FollowUpState.DUE_SOON);

    public FollowUpFilter {
        states = states == null || states.isEmpty() ? ACTIONABLE : EnumSet.copyOf(states);
        withinDays = Math.max(0, withinDays);
    }

    public static FollowUpFilter actionable() {
        return new FollowUpFilter(null, null, null, null, DEFAULT_WINDOW_DAYS);
    }

    public static FollowUpFilter all(int withinDays) {
        return new FollowUpFilter(null, null, null, EnumSet.allOf(FollowUpState.class), withinDays);
    }
}
