package org.aftersales.servicecase;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.InstantConverter;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One service-level clock of a case (第三章; R-S3, R-S4, R-S5): it starts at an instant, is due after a number of
 * calendar hours, and is met by the act it waits for — a reply, a report to the division leader, the arrival on site.
 *
 * <p>The hours are fixed when the clock starts, from the policy or the contract in force then (R-O2): a later policy
 * edit never moves a deadline that already runs. Only the arrival clock may be paused, only with a reason, while the
 * case waits on the owner; {@code dueAt} = start + hours + the total paused time, counted in exact seconds. A clock
 * cannot be paused once it is met or breached — waiting on the owner afterwards does not undo a breach.
 *
 * <p>The state at an instant: {@link ClockState#MET} when met by then and in time; {@link ClockState#BREACHED} as soon
 * as the instant passes {@code dueAt} unmet, and it stays BREACHED when met later ({@link #isMetInTime()} false);
 * {@link ClockState#PAUSED} while a pause is open; {@link ClockState#RUNNING} otherwise. When its case closes or is
 * cancelled unmet, the clock stops: its state stays what it was at that instant.
 *
 * <p>{@code dueAt} and {@code pausedSince} are kept in their columns so that lists can filter clock states in the
 * database; both follow from the start, the hours and the pauses.
 */
@Entity
@Table(
        name = "service_case_clock",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_service_case_clock_kind",
                        columnNames = {"service_case_id", "kind"}))
public class SlaClock extends BaseEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ClockKind kind;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    /** Calendar hours, fixed at the start. */
    @Column(name = "sla_hours", nullable = false, updatable = false)
    private int hours;

    /** The seconds of all finished pauses. */
    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

    /** The start of the open pause, {@code null} while none is open. */
    @Convert(converter = InstantConverter.class)
    @Column(name = "paused_since")
    private Instant pausedSince;

    /** Start + hours + {@link #pausedSeconds}: the deadline as long as no pause is open. */
    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "met_at")
    private Instant metAt;

    /**
     * The act that met the clock was a late entry — claimed more than the policy's bound before it was entered, with a
     * reason ({@link LateEntryRule}): the monthly report shows how many clocks met in time rest on one.
     */
    @Column(name = "met_by_late_entry", nullable = false)
    private boolean metByLateEntry;

    /** When the case closed or was cancelled with the clock unmet; its state is frozen there. */
    @Convert(converter = InstantConverter.class)
    @Column(name = "stopped_at")
    private Instant stoppedAt;

    /**
     * When the breach sweep told the people responsible that this clock passed its due time unmet (R-S5); written only
     * by the sweep's claim ({@link BreachSweep}), never through the entity.
     */
    @Convert(converter = InstantConverter.class)
    @Column(name = "breach_notified_at", insertable = false, updatable = false)
    private Instant breachNotifiedAt;

    @OneToMany(mappedBy = "clock", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("pausedAt ASC, id ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<ClockPause> pauses = new ArrayList<>();

    protected SlaClock() {}

    SlaClock(ServiceCase serviceCase, ClockKind kind, Instant startedAt, int hours) {
        if (hours < 1) {
            throw new IllegalArgumentException("A clock runs for at least one hour: " + hours);
        }
        this.serviceCase = serviceCase;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.hours = hours;
        this.dueAt = startedAt.plus(Duration.ofHours(hours));
    }

    /** The state at {@code now} (see the class comment). */
    public ClockState stateAt(Instant now) {
        Instant at = stoppedAt != null && stoppedAt.isBefore(now) ? stoppedAt : now;
        if (metAt != null && !metAt.isAfter(at)) {
            return isMetInTime() ? ClockState.MET : ClockState.BREACHED;
        }
        if (at.isAfter(dueAtAsOf(at))) {
            return ClockState.BREACHED;
        }
        return pauses.stream().anyMatch(pause -> pause.covers(at)) ? ClockState.PAUSED : ClockState.RUNNING;
    }

    /** Whether the clock was met, and not after its due time; {@code false} while unmet. */
    public boolean isMetInTime() {
        return metAt != null && !metAt.isAfter(dueAt);
    }

    /**
     * The due time as it stands at {@code now}: start + hours + the paused seconds before {@code now}. While a pause is
     * open it moves on with the pause; otherwise it is {@link #getDueAt()}.
     */
    public Instant dueAtAsOf(Instant now) {
        return startedAt.plus(Duration.ofHours(hours)).plusSeconds(pausedSecondsAsOf(now));
    }

    /** The seconds paused before {@code now}, an open pause counted up to {@code now}. */
    public long pausedSecondsAsOf(Instant now) {
        return pauses.stream().mapToLong(pause -> pause.secondsBefore(now)).sum();
    }

    /** Time left until the due time at {@code now}: negative once overdue ("剩余 5 小时" / "超时 2 小时"). */
    public Duration remainingAt(Instant now) {
        return Duration.between(now, dueAtAsOf(now));
    }

    /** Pauses the clock while the case waits on the owner: the arrival clock only, only with a reason. */
    void pause(Instant at, String reason) {
        Objects.requireNonNull(at, "at");
        if (!kind.isPausable()) {
            throw new BusinessException("case.error.clockNotPausable");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "case.error.pauseReasonRequired");
        }
        if (reason.strip().length() > ClockPause.REASON_LENGTH) {
            throw new BusinessException("reason", "case.error.tooLong", ClockPause.REASON_LENGTH);
        }
        if (metAt != null) {
            throw new BusinessException("case.error.clockMet");
        }
        if (pausedSince != null) {
            throw new BusinessException("case.error.clockAlreadyPaused");
        }
        Instant earliest = lastResumedAt().orElse(startedAt);
        if (at.isBefore(earliest)) {
            throw new BusinessException("at", "case.error.timeOrder", at, earliest);
        }
        if (at.isAfter(dueAt)) {
            throw new BusinessException("at", "case.error.clockBreached");
        }
        pauses.add(new ClockPause(this, reason.strip(), at));
        pausedSince = at;
    }

    /** Ends the open pause; its exact seconds move the due time. */
    void resume(Instant at) {
        Objects.requireNonNull(at, "at");
        ClockPause open = openPause().orElseThrow(() -> new BusinessException("case.error.clockNotPaused"));
        if (at.isBefore(open.getPausedAt())) {
            throw new BusinessException("at", "case.error.timeOrder", at, open.getPausedAt());
        }
        open.resume(at);
        pausedSeconds += Duration.between(open.getPausedAt(), at).getSeconds();
        pausedSince = null;
        dueAt = startedAt.plus(Duration.ofHours(hours)).plusSeconds(pausedSeconds);
    }

    /**
     * Records the act the clock waits for; an open pause ends then (the engineer arrived while the owner had asked to
     * wait). A clock already met keeps its first time.
     *
     * @param lateEntry the act was a late entry (see {@link #isMetByLateEntry()})
     * @return whether an open pause was ended
     */
    boolean meet(Instant at, boolean lateEntry) {
        Objects.requireNonNull(at, "at");
        if (metAt != null) {
            return false;
        }
        if (at.isBefore(startedAt)) {
            throw new BusinessException("at", "case.error.timeOrder", at, startedAt);
        }
        boolean resumed = false;
        if (pausedSince != null) {
            resume(at);
            resumed = true;
        }
        metAt = at;
        metByLateEntry = lateEntry;
        return resumed;
    }

    /** The case closed or was cancelled: an unmet clock stops, and its state stays as it was then. */
    void stop(Instant at) {
        if (metAt == null && stoppedAt == null) {
            stoppedAt = at;
        }
    }

    private Optional<ClockPause> openPause() {
        return pauses.stream().filter(ClockPause::isOpen).findFirst();
    }

    private Optional<Instant> lastResumedAt() {
        return pauses.stream()
                .map(ClockPause::getResumedAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo);
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public ClockKind getKind() {
        return kind;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public int getHours() {
        return hours;
    }

    /** The seconds of all finished pauses, as the API shows them. */
    public long getPausedSeconds() {
        return pausedSeconds;
    }

    /** The start of the open pause, or {@code null}. */
    public Instant getPausedSince() {
        return pausedSince;
    }

    /** Start + hours + the finished pauses; see {@link #dueAtAsOf(Instant)} while a pause is open. */
    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getMetAt() {
        return metAt;
    }

    /** Whether the act that met the clock was a late entry (claimed beyond the bound, with a reason). */
    public boolean isMetByLateEntry() {
        return metByLateEntry;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    /** When the breach was notified (R-S5), or {@code null}. */
    public Instant getBreachNotifiedAt() {
        return breachNotifiedAt;
    }

    public List<ClockPause> getPauses() {
        return Collections.unmodifiableList(pauses);
    }
}
