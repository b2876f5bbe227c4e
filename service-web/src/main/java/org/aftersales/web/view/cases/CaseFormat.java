package org.aftersales.web.view.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.aftersales.servicecase.ClockState;
import org.aftersales.servicecase.SlaClock;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.web.view.Pages;

/**
 * How the case pages show times and clocks ({@code #{caseFormat.…}}): instants as {@code yyyy-MM-dd HH:mm} in the
 * configured zone, and each clock as a coloured state with its remaining or overdue time ("剩余 5 小时 20 分" /
 * "超时 2 小时", R-S5: every clock shows its deadline, remaining time and breach).
 */
@Named
@ApplicationScoped
public class CaseFormat {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A clock of a closed or cancelled case that stopped unmet and in time: neither running nor breached. */
    public static final String STOPPED = "STOPPED";

    @Inject
    AftersalesConfig config;

    /** {@code yyyy-MM-dd HH:mm} in the configured zone; empty for {@code null}. */
    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(config.zone()));
    }

    /** A length of time, compact and rounded down to the minute: "5 小时 20 分", "40 分", "5 h 20 min". */
    public String duration(Duration length) {
        long minutes = length.abs().toMinutes();
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0 && rest == 0) {
            return Pages.text("duration.lessThanMinute");
        }
        if (hours == 0) {
            return Pages.text("duration.minutes", rest);
        }
        if (rest == 0) {
            return Pages.text("duration.hours", hours);
        }
        return Pages.text("duration.hoursMinutes", hours, rest);
    }

    /** Paused time, or "—" when the clock never waited. */
    public String pausedTime(SlaClock clock, Instant now) {
        long seconds = clock.pausedSecondsAsOf(now);
        return seconds == 0 ? "—" : duration(Duration.ofSeconds(seconds));
    }

    /**
     * The state the page colours a clock by: a {@link ClockState} name, or {@link #STOPPED} for a clock whose case
     * closed or was cancelled before it was met or breached (its state froze as "running" or "paused" then, which
     * would mislead on a finished case).
     */
    public String state(SlaClock clock, Instant now) {
        ClockState state = clock.stateAt(now);
        boolean stopped = clock.getMetAt() == null
                && clock.getStoppedAt() != null
                && !clock.getStoppedAt().isAfter(now);
        return stopped && state != ClockState.BREACHED ? STOPPED : state.name();
    }

    /** The state in words, with the remaining or overdue time while the clock still counts. */
    public String status(SlaClock clock, Instant now) {
        String state = state(clock, now);
        boolean counting = clock.getMetAt() == null && clock.getStoppedAt() == null;
        return switch (state) {
            case "RUNNING" -> Pages.text("clock.remaining", duration(clock.remainingAt(now)));
            case "PAUSED" ->
                Pages.text("ClockState.PAUSED") + " · "
                        + Pages.text("clock.remaining", duration(clock.remainingAt(now)));
            case "BREACHED" ->
                counting
                        ? Pages.text("clock.overdue", duration(clock.remainingAt(now)))
                        : Pages.text("ClockState.BREACHED");
            case "MET" -> Pages.text("ClockState.MET");
            default -> Pages.text("clock.stopped");
        };
    }

    /** The state name in the user's language (for a tag's tooltip). */
    public String stateLabel(SlaClock clock, Instant now) {
        String state = state(clock, now);
        return STOPPED.equals(state) ? Pages.text("clock.stopped") : Pages.text("ClockState." + state);
    }
}
