package org.aftersales.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.aftersales.servicecase.ClockKind;

/**
 * SLA compliance of one clock kind in a month (R-O3 summary; R-S3, R-S4, R-S5): of the clocks whose {@code dueAt} falls
 * in the month, how many there were, how many were met in time and the share in percent; and of those met (in time or
 * late), the mean and the 90th percentile of the hours from start to meeting, net of the time the clock was paused
 * waiting on the owner.
 *
 * <p>The 90th percentile is the nearest-rank one: the durations sorted ascending, the value at rank ⌈0.9 × n⌉. Hours
 * and percentages carry two decimals, rounded half up; they are {@code null} when there is nothing to measure.
 *
 * <p>Late entries count as claimed (Robustness issue): an act entered more than the policy's bound after the time it
 * claims — accepted only with a reason — meets its clock at the claimed time. Beside the percentage the report shows
 * how many of the clocks met in time rest on such an entry ({@code metByLateEntry}), so that a back-dated arrival can no
 * longer turn a breach into "met" unseen.
 *
 * @param due the clocks that fell due in the month
 * @param metInTime of those, met no later than their due time
 * @param metByLateEntry of those met in time, the ones met by an act that was a late entry
 * @param met of those, met at all (in time or late): the base of the hours
 */
public record ClockCompliance(
        ClockKind kind,
        int due,
        int metInTime,
        int metByLateEntry,
        int met,
        BigDecimal percentMetInTime,
        BigDecimal meanHoursToMeet,
        BigDecimal p90HoursToMeet) {

    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

    /**
     * One clock as the month sees it: met in time or not, its net seconds to meeting ({@code null} unmet), and whether
     * the act that met it was a late entry.
     */
    public record Sample(boolean metInTime, Long netSecondsToMeet, boolean metByLateEntry) {}

    public static ClockCompliance of(ClockKind kind, Collection<Sample> samples) {
        Objects.requireNonNull(kind, "kind");
        int due = samples.size();
        int inTime = (int) samples.stream().filter(Sample::metInTime).count();
        int inTimeByLateEntry = (int) samples.stream()
                .filter(sample -> sample.metInTime() && sample.metByLateEntry())
                .count();
        List<Long> seconds = samples.stream()
                .map(Sample::netSecondsToMeet)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        long total = seconds.stream().mapToLong(Long::longValue).sum();
        Long p90 = seconds.isEmpty() ? null : seconds.get((int) Math.ceil(0.9 * seconds.size()) - 1);
        return counted(kind, due, inTime, inTimeByLateEntry, seconds.size(), total, p90);
    }

    /**
     * From figures counted elsewhere (the database, {@code MonthlyReportService}): {@code totalSeconds} summed over the
     * {@code met} clocks, {@code p90Seconds} their nearest-rank 90th percentile ({@code null} when none was met).
     */
    public static ClockCompliance counted(
            ClockKind kind, int due, int metInTime, int metByLateEntry, int met, long totalSeconds, Long p90Seconds) {
        Objects.requireNonNull(kind, "kind");
        BigDecimal percent = due == 0
                ? null
                : BigDecimal.valueOf(metInTime)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(due), 2, RoundingMode.HALF_UP);
        BigDecimal mean = null;
        BigDecimal p90 = null;
        if (met > 0) {
            mean = BigDecimal.valueOf(totalSeconds)
                    .divide(HOUR.multiply(BigDecimal.valueOf(met)), 2, RoundingMode.HALF_UP);
            p90 = BigDecimal.valueOf(p90Seconds).divide(HOUR, 2, RoundingMode.HALF_UP);
        }
        return new ClockCompliance(kind, due, metInTime, metByLateEntry, met, percent, mean, p90);
    }
}
