package org.aftersales.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.function.Supplier;

/**
 * Generates and archives a month's report once (R-O3; issue 6: "the monthly job producing one report for a month even
 * when triggered concurrently twice").
 *
 * <p>"Once" holds across a cluster, where every instance runs its own timer: a month already archived is skipped, and
 * when two instances generate the same month at the same moment both try to insert it and the unique key on the month
 * refuses the second insert (its transaction waits for the first one's commit, then fails); the loser keeps nothing
 * and reports that it did nothing. Portable to H2 and PostgreSQL, unlike {@code ON CONFLICT}. Each step runs in its own
 * transaction ({@link MonthlyReportArchive}), called through the container's proxy.
 */
@ApplicationScoped
public class MonthlyReportArchiver {

    @Inject
    MonthlyReportArchive archive;

    /** Whether this call archived {@code month}; {@code false} when it was, or got, archived by someone else. */
    public boolean archiveOnce(YearMonth month, Supplier<MonthlyReportArchive.Workbook> generate) {
        if (archive.isArchived(month)) {
            return false;
        }
        MonthlyReportArchive.Workbook workbook = generate.get();
        try {
            archive.insert(month, workbook);
            return true;
        } catch (RuntimeException refused) {
            if (archive.isArchived(month)) {
                return false; // another instance won the unique key
            }
            throw refused;
        }
    }
}
