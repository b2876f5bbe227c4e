package org.aftersales.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * The archive of the monthly reports (R-O3): the scheduled job stores each month's workbook once, the general manager
 * downloads it later.
 *
 * <p>The inserts are guarded by the unique key on the month: see {@link MonthlyReportArchiver}.
 */
@ApplicationScoped
public class MonthlyReportArchive {

    /** A workbook ready to archive. */
    public record Workbook(String fileName, byte[] content) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Whether {@code month} is archived; for the job, which acts for no one in particular. */
    @Transactional
    public boolean isArchived(YearMonth month) {
        return !em.createQuery("select r.id from ArchivedMonthlyReport r where r.month = :month", Long.class)
                .setParameter("month", month.toString())
                .getResultList()
                .isEmpty();
    }

    /** The archived report of {@code month}, for those who may read the monthly report. */
    @Transactional
    public Optional<ArchivedMonthlyReport> find(YearMonth month) {
        caller.require(Permission.MONTHLY_REPORT_VIEW);
        return em.createQuery("select r from ArchivedMonthlyReport r where r.month = :month",
                        ArchivedMonthlyReport.class)
                .setParameter("month", month.toString())
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * Inserts the month's workbook in a transaction of its own, so that a refused insert rolls back nothing else.
     *
     * @throws jakarta.persistence.PersistenceException when the month is archived already (the unique key)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ArchivedMonthlyReport insert(YearMonth month, Workbook workbook) {
        ArchivedMonthlyReport archived =
                new ArchivedMonthlyReport(month, clock.instant(), workbook.fileName(), workbook.content());
        em.persist(archived);
        em.flush();
        return archived;
    }
}
