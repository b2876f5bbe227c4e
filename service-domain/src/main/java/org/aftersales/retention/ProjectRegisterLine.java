package org.aftersales.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.aftersales.shared.Money;

/**
 * One row of the project retention receivable register as exported (R-C5, R-O3): the retention's figures, read by
 * {@link RetentionService#forEachProjectRegisterLine} from a cursor, and whether it is overdue on the export's day.
 *
 * @param settledContractPrice the project's settled contract price, {@code null} when it has none
 */
public record ProjectRegisterLine(
        long id,
        String projectCode,
        String projectName,
        String ownerName,
        Money amount,
        Money settledContractPrice,
        LocalDate dueDate,
        String invoiceNumber,
        LocalDate invoiceDate,
        Money collected,
        boolean overdue) {

    public Money outstanding() {
        return amount.minus(collected);
    }

    /** Percentage of the settled contract price, or {@code null} when the project has none (as the retention says). */
    public BigDecimal percentOfContractPrice() {
        return settledContractPrice == null ? null : amount.percentOf(settledContractPrice);
    }

    /** R-C8: more than 3 % of the settled contract price, by the retention's own rule. */
    public boolean aboveStatutoryMaximum() {
        return ProjectRetention.aboveStatutoryMaximum(amount, settledContractPrice);
    }
}
