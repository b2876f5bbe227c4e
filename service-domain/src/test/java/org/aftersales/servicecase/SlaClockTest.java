package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One clock on its own, judged at exact instants (UTC; Shanghai is UTC+8). */
class SlaClockTest {

    /** 2026-03-10 09:00 Shanghai. */
    private static final Instant RECEIVED = Instant.parse("2026-03-10T01:00:00Z");
    /** 2026-03-10 10:00 Shanghai. */
    private static final Instant CONFIRMED = Instant.parse("2026-03-10T02:00:00Z");

    private static SlaClock reply() {
        return new SlaClock(null, ClockKind.REPLY, RECEIVED, 24);
    }

    private static SlaClock arrival(int hours) {
        return new SlaClock(null, ClockKind.ON_SITE_ARRIVAL, CONFIRMED, hours);
    }

    @Test
    @DisplayName(
            "R-S3 the reply clock is due 24 h after receipt: RUNNING up to that instant, BREACHED one second later")
    void replyDueAfter24Hours() {
        SlaClock clock = reply();
        Instant due = Instant.parse("2026-03-11T01:00:00Z");

        assertThat(clock.getDueAt()).isEqualTo(due);
        assertThat(clock.stateAt(RECEIVED)).isEqualTo(ClockState.RUNNING);
        assertThat(clock.stateAt(due)).isEqualTo(ClockState.RUNNING);
        assertThat(clock.remainingAt(Instant.parse("2026-03-10T20:00:00Z"))).isEqualTo(Duration.ofHours(5));
        assertThat(clock.stateAt(due.plusSeconds(1))).isEqualTo(ClockState.BREACHED);
        assertThat(clock.remainingAt(Instant.parse("2026-03-11T03:00:00Z"))).isEqualTo(Duration.ofHours(-2));
    }

    @Test
    @DisplayName("R-S3 a reply recorded exactly at the due time meets the clock in time: MET from then on")
    void metAtTheDueTime() {
        SlaClock clock = reply();
        Instant due = Instant.parse("2026-03-11T01:00:00Z");

        clock.meet(due, false);

        assertThat(clock.getMetAt()).isEqualTo(due);
        assertThat(clock.isMetInTime()).isTrue();
        assertThat(clock.stateAt(due.minusSeconds(1))).isEqualTo(ClockState.RUNNING);
        assertThat(clock.stateAt(due)).isEqualTo(ClockState.MET);
        assertThat(clock.stateAt(Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo(ClockState.MET);
    }

    @Test
    @DisplayName("R-S5 a breached clock stays BREACHED when met later, with metInTime false")
    void breachedStaysBreached() {
        SlaClock clock = arrival(72);
        Instant due = Instant.parse("2026-03-13T02:00:00Z");
        Instant lateArrival = due.plus(Duration.ofHours(3));

        assertThat(clock.stateAt(due.plusSeconds(60))).isEqualTo(ClockState.BREACHED);
        clock.meet(lateArrival, false);

        assertThat(clock.isMetInTime()).isFalse();
        assertThat(clock.stateAt(due.plusSeconds(60))).isEqualTo(ClockState.BREACHED);
        assertThat(clock.stateAt(lateArrival)).isEqualTo(ClockState.BREACHED);
        assertThat(clock.stateAt(lateArrival.plus(Duration.ofDays(30)))).isEqualTo(ClockState.BREACHED);
    }

    @Test
    @DisplayName("R-S5 a pause across midnight (23:30 → 00:45 Shanghai) moves dueAt by exactly its 4,500 seconds")
    void pauseAcrossMidnight() {
        SlaClock clock = arrival(72);
        Instant pausedAt = Instant.parse("2026-03-10T15:30:00Z");
        Instant resumedAt = Instant.parse("2026-03-10T16:45:00Z");

        clock.pause(pausedAt, "业主要求推迟到次日上门");
        assertThat(clock.stateAt(Instant.parse("2026-03-10T16:00:00Z"))).isEqualTo(ClockState.PAUSED);
        assertThat(clock.getPausedSince()).isEqualTo(pausedAt);
        clock.resume(resumedAt);

        assertThat(clock.getPausedSeconds()).isEqualTo(4_500);
        assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-13T03:15:00Z"));
        assertThat(clock.getPauses()).singleElement().satisfies(pause -> {
            assertThat(pause.getReason()).isEqualTo("业主要求推迟到次日上门");
            assertThat(pause.getPausedAt()).isEqualTo(pausedAt);
            assertThat(pause.getResumedAt()).isEqualTo(resumedAt);
        });
        assertThat(clock.stateAt(Instant.parse("2026-03-13T03:15:00Z"))).isEqualTo(ClockState.RUNNING);
        assertThat(clock.stateAt(Instant.parse("2026-03-13T03:15:01Z"))).isEqualTo(ClockState.BREACHED);
    }

    @Test
    @DisplayName(
            "R-S5 while paused the clock is PAUSED, also past its original due time, and the deadline moves with the pause")
    void pausedPastTheOriginalDueTime() {
        SlaClock clock = arrival(24);
        Instant originalDue = Instant.parse("2026-03-11T02:00:00Z");
        clock.pause(Instant.parse("2026-03-11T00:00:00Z"), "业主停产检修，要求延后");

        assertThat(clock.stateAt(originalDue.plus(Duration.ofHours(10)))).isEqualTo(ClockState.PAUSED);
        assertThat(clock.dueAtAsOf(originalDue.plus(Duration.ofHours(10))))
                .isEqualTo(originalDue.plus(Duration.ofHours(12)));

        clock.resume(Instant.parse("2026-03-12T00:00:00Z"));
        assertThat(clock.getDueAt()).isEqualTo(originalDue.plus(Duration.ofHours(24)));
        assertThat(clock.stateAt(Instant.parse("2026-03-12T01:59:59Z"))).isEqualTo(ClockState.RUNNING);
    }

    @Test
    @DisplayName("R-S5 a pause needs a reason: none or a blank one is refused")
    void pauseNeedsReason() {
        SlaClock clock = arrival(72);

        assertThatThrownBy(() -> clock.pause(Instant.parse("2026-03-10T05:00:00Z"), null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("case.error.pauseReasonRequired")
                .extracting(e -> ((BusinessException) e).getField())
                .isEqualTo("reason");
        assertThatThrownBy(() -> clock.pause(Instant.parse("2026-03-10T05:00:00Z"), "  "))
                .hasMessage("case.error.pauseReasonRequired");
        assertThat(clock.getPauses()).isEmpty();
        assertThat(clock.stateAt(Instant.parse("2026-03-10T06:00:00Z"))).isEqualTo(ClockState.RUNNING);
    }

    @Test
    @DisplayName("R-S5 only the arrival clock may be paused: the reply and major-matter clocks refuse")
    void onlyArrivalPauses() {
        SlaClock reply = reply();
        SlaClock majorMatter = new SlaClock(null, ClockKind.MAJOR_MATTER, RECEIVED, 24);

        assertThatThrownBy(() -> reply.pause(Instant.parse("2026-03-10T05:00:00Z"), "业主要求"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("case.error.clockNotPausable");
        assertThatThrownBy(() -> majorMatter.pause(Instant.parse("2026-03-10T05:00:00Z"), "业主要求"))
                .hasMessage("case.error.clockNotPausable");
        assertThat(reply.stateAt(Instant.parse("2026-03-11T01:00:01Z"))).isEqualTo(ClockState.BREACHED);
    }

    @Test
    @DisplayName("R-S5 a breached or met clock cannot be paused, a pause cannot start twice or before the clock")
    void pauseOnlyWhileRunning() {
        SlaClock breached = arrival(1);
        assertThatThrownBy(() -> breached.pause(CONFIRMED.plus(Duration.ofHours(2)), "业主要求"))
                .hasMessage("case.error.clockBreached");

        SlaClock met = arrival(72);
        met.meet(CONFIRMED.plus(Duration.ofHours(5)), false);
        assertThatThrownBy(() -> met.pause(CONFIRMED.plus(Duration.ofHours(6)), "业主要求"))
                .hasMessage("case.error.clockMet");

        SlaClock running = arrival(72);
        assertThatThrownBy(() -> running.pause(CONFIRMED.minusSeconds(1), "业主要求"))
                .hasMessage("case.error.timeOrder");
        running.pause(CONFIRMED.plus(Duration.ofHours(1)), "业主要求");
        assertThatThrownBy(() -> running.pause(CONFIRMED.plus(Duration.ofHours(2)), "又一次"))
                .hasMessage("case.error.clockAlreadyPaused");
        assertThatThrownBy(() -> running.resume(CONFIRMED)).hasMessage("case.error.timeOrder");
        running.resume(CONFIRMED.plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> running.resume(CONFIRMED.plus(Duration.ofHours(3))))
                .hasMessage("case.error.clockNotPaused");
        assertThatThrownBy(() -> running.pause(CONFIRMED.plus(Duration.ofMinutes(90)), "重叠"))
                .as("a new pause cannot start inside the last one")
                .hasMessage("case.error.timeOrder");
    }

    @Test
    @DisplayName("R-S5 two pauses add up; an arrival during a pause ends it and meets the clock")
    void pausesAddUpAndArrivalEndsAPause() {
        SlaClock clock = arrival(72);
        clock.pause(Instant.parse("2026-03-10T04:00:00Z"), "业主要求改期");
        clock.resume(Instant.parse("2026-03-10T05:00:00Z"));
        clock.pause(Instant.parse("2026-03-11T04:00:00Z"), "业主现场不具备条件");

        clock.meet(Instant.parse("2026-03-11T04:30:00Z"), false);

        assertThat(clock.getPausedSeconds()).isEqualTo(3_600 + 1_800);
        assertThat(clock.getPausedSince()).isNull();
        assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-13T03:30:00Z"));
        assertThat(clock.stateAt(Instant.parse("2026-03-11T04:30:00Z"))).isEqualTo(ClockState.MET);
    }

    @Test
    @DisplayName("R-S3 a clock stopped unmet (its case closed or cancelled) keeps the state it had then")
    void stoppedClockFreezes() {
        SlaClock running = reply();
        running.stop(Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(running.stateAt(Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo(ClockState.RUNNING);

        SlaClock breached = reply();
        breached.stop(Instant.parse("2026-03-12T00:00:00Z"));
        assertThat(breached.stateAt(Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo(ClockState.BREACHED);
    }
}
