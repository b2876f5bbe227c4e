package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.InstantConverter;

/**
 * One stretch of time in which the arrival clock waited on the owner (e.g. the owner asked for a later visit), with
 * the reason. Open while {@code resumedAt} is {@code null}. Its length counts in exact seconds, also across midnight:
 * calendar hours, not working days.
 */
@Entity
@Table(name = "service_case_clock_pause")
public class ClockPause extends BaseEntity {

    public static final int REASON_LENGTH = 500;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "clock_id", nullable = false, updatable = false)
    private SlaClock clock;

    @NotBlank
    @Size(max = REASON_LENGTH)
    @Column(nullable = false, updatable = false, length = REASON_LENGTH)
    private String reason;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "paused_at", nullable = false, updatable = false)
    private Instant pausedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "resumed_at")
    private Instant resumedAt;

    protected ClockPause() {}

    ClockPause(SlaClock clock, String reason, Instant pausedAt) {
        this.clock = clock;
        this.reason = reason;
        this.pausedAt = pausedAt;
    }

    void resume(Instant at) {
        this.resumedAt = at;
    }

    public boolean isOpen() {
        return resumedAt == null;
    }

    /** The paused seconds of this pause that lie before {@code until} (all of them once it is over). */
    long secondsBefore(Instant until) {
        Instant end = resumedAt == null || resumedAt.isAfter(until) ? until : resumedAt;
        return end.isAfter(pausedAt) ? Duration.between(pausedAt, end).getSeconds() : 0;
    }

    /** Whether the clock was waiting at {@code instant}: paused at or before it, and not yet resumed. */
    boolean covers(Instant instant) {
        return !pausedAt.isAfter(instant) && (resumedAt == null || resumedAt.isAfter(instant));
    }

    public SlaClock getClock() {
        return clock;
    }

    public String getReason() {
        return reason;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public Instant getResumedAt() {
        return resumedAt;
    }
}
