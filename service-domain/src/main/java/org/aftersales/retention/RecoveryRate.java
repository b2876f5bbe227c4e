package org.aftersales.retention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.aftersales.shared.Money;

/**
 * The retention recovery rate (质保金回收率), a headline KPI (R-C5): of the retention whose {@code dueDate} falls in a
 * period, the share collected by the period's end. Empty ("—") when nothing fell due in the period.
 *
 * @param due the retention amounts that fell due in the period
 * @param collected what of those was collected by the period's end
 */
public record RecoveryRate(Money due, Money collected) {

    public static RecoveryRate of(Collection<ProjectRetention> retentions, LocalDate from, LocalDate to) {
        Money due = Money.ZERO;
        Money collected = Money.ZERO;
        for (ProjectRetention retention : retentions) {
            LocalDate dueDate = retention.getDueDate();
            if (!dueDate.isBefore(from) && !dueDate.isAfter(to)) {
                due = due.plus(retention.getAmount());
                collected = collected.plus(retention.collectedBy(to));
            }
        }
        return new RecoveryRate(due, collected);
    }

    /** The rate in percent with two decimals, or empty when nothing fell due. */
    public Optional<BigDecimal> percent() {
        if (due.amount().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                collected.amount().multiply(BigDecimal.valueOf(100)).divide(due.amount(), 2, RoundingMode.HALF_UP));
    }
}
