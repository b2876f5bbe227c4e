package org.aftersales.retention;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a streamed export of the subcontractor retention ledger needs to know before its first row (R-O3), computed by
 * one database aggregate: the number of movements, the widest text of each text column in East Asian Width units
 * (full-width 2, half-width 1; 0 when the column is empty) and, per kind of movement, the largest magnitude among the
 * amounts and their sum — so the columns can be as wide as their longest value and their total.
 */
public record LedgerExtent(
        long rows,
        int projectCode,
        int projectName,
        int subcontractorName,
        int cause,
        int caseNumber,
        Map<RetentionEntryKind, BigDecimal> widestAmount) {

    public LedgerExtent {
        widestAmount = Map.copyOf(widestAmount);
    }

    /** The largest magnitude of the amounts of {@code kind} and of their sum; zero when there are none. */
    public BigDecimal widest(RetentionEntryKind kind) {
        return widestAmount.getOrDefault(kind, BigDecimal.ZERO);
    }
}
