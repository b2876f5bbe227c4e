package org.aftersales.retention;

import java.time.LocalDate;
import org.aftersales.shared.Money;

/**
 * One line of the subcontractor retention register as exported (R-C4, R-O3): the movement with its project, firm and
 * the number of the service case a deduction recovers.
 */
public record LedgerLine(
        long entryId,
        String projectCode,
        String projectName,
        String subcontractorName,
        LocalDate date,
        RetentionEntryKind kind,
        Money amount,
        String cause,
        String caseNumber,
        LocalDate releaseDate) {}
