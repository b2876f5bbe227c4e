package org.aftersales.retention;

import java.math.BigDecimal;

/**
 * What a streamed export of the project retention receivable register needs before its first row (R-O3), computed by
 * one database aggregate: the widest text of each text column in East Asian Width units (full-width 2, half-width 1)
 * and the largest magnitude among the amounts, the collected and the outstanding amounts and their totals.
 */
public record ProjectRegisterExtent(
        long rows, int projectCode, int projectName, int ownerName, int invoiceNumber, BigDecimal widestAmount) {}
