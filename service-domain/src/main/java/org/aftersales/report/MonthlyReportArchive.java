package org.aftersales.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.shared.CurrentUser;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * The archive of the monthly reports (R-O3): the scheduled job stores each month's workbook once, the general manager
 * downloads it later, or has it generated anew.
 *
 * <p>The inserts are guarded by the unique key on the month: see {@link MonthlyReportArchiver}; the mailing by a
 * conditional update of {@code mailed_at}: see {@link MonthlyReportMailing}.
 */
@ApplicationScoped
public class MonthlyReportArchive {

    /** A workbook ready to archive. */
    public record Workbook(String fileName, byte[] content) {}

    /** One line of the archive list: everything but the workbook itself. */
    public record Entry(
            Long id,
            String month,
            Instant generatedAt,
            String generatedBy,
            Instant mailedAt,
            long size,
            String fileName) {}

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "month",
            "r.month",
            "generatedAt",
            "r.generatedAt",
            "generatedBy",
            "r.generatedBy",
            "mailedAt",
            "r.mailedAt",
            "size",
            "r.contentSize");

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changeLog;

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
        return em
                .createQuery(
                        "select r from ArchivedMonthlyReport r where r.month = :month", ArchivedMonthlyReport.class)
                .setParameter("month", month.toString())
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The archived months, newest first unless sorted otherwise, without reading their workbooks. */
    @Transactional
    public Page<Entry> list(PageRequest page) {
        caller.require(Permission.MONTHLY_REPORT_VIEW);
        List<Entry> items = em.createQuery(
                        "select new org.aftersales.report.MonthlyReportArchive.Entry(r.id, r.month,"
                                + " r.generatedAt, r.generatedBy, r.mailedAt, r.contentSize, r.fileName)"
                                + " from ArchivedMonthlyReport r order by " + page.orderBy(SORT_FIELDS, "r.month")
                                + ", r.id desc",
                        Entry.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(r) from ArchivedMonthlyReport r", Long.class)
                .getSingleResult();
        return new Page<>(items, total);
    }

    /**
     * Inserts the month's workbook in a transaction of its own, so that a refused insert rolls back nothing else.
     *
     * @throws jakarta.persistence.PersistenceException when the month is archived already (the unique key)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ArchivedMonthlyReport insert(YearMonth month, Workbook workbook) {
        ArchivedMonthlyReport archived = new ArchivedMonthlyReport(
                month, clock.instant(), CurrentUser.name(), workbook.fileName(), workbook.content());
        em.persist(archived);
        em.flush();
        changeLog.record(ChangeKind.MONTHLY_REPORT_ARCHIVED, "reports/monthly/" + month + ".xlsx", null);
        return archived;
    }

    /**
     * The general manager replaces the month's archived report with {@code workbook}, generated now (R-O3), or archives
     * it when the month was not yet. Whether it was mailed stays as it was: the recipients got the scheduled report.
     */
    @Transactional
    public ArchivedMonthlyReport replace(YearMonth month, Workbook workbook) {
        caller.require(Permission.MONTHLY_REPORT_REGENERATE);
        Optional<ArchivedMonthlyReport> existing = find(month);
        if (existing.isEmpty()) {
            return insert(month, workbook);
        }
        ArchivedMonthlyReport archived = existing.get();
        archived.regenerate(clock.instant(), CurrentUser.name(), workbook.fileName(), workbook.content());
        return archived;
    }

    /**
     * Claims the mailing of {@code month}'s report for this instance: one conditional update, so of two instances that
     * try at once exactly one sets {@code mailed_at} (the other's update waits for its commit and then matches no row).
     *
     * <p>{@code mailed_at} is no part of what a user edits (the entity never writes it), so the claim leaves the row's
     * version alone: a regeneration at the same moment neither fails nor undoes the claim.
     *
     * @return whether this call claimed it (the month is archived and was not mailed nor claimed)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimMailing(YearMonth month) {
        int claimed = em.createNativeQuery(
                        "UPDATE monthly_report SET mailed_at = ?" + " WHERE report_month = ? AND mailed_at IS NULL")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, month.toString())
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(ArchivedMonthlyReport.class);
        return claimed == 1;
    }

    /** The claimed mail could not be sent: the next check tries again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseMailing(YearMonth month) {
        em.createNativeQuery("UPDATE monthly_report SET mailed_at = NULL" + " WHERE report_month = ?")
                .setParameter(1, month.toString())
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(ArchivedMonthlyReport.class);
    }

    /** The archived workbook of {@code month}, for the job that mails it (no caller to check). */
    @Transactional
    public Optional<Workbook> workbook(YearMonth month) {
        return em
                .createQuery(
                        "select r from ArchivedMonthlyReport r where r.month = :month", ArchivedMonthlyReport.class)
                .setParameter("month", month.toString())
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> new Workbook(r.getFileName(), r.getContent()));
    }
}
