package org.aftersales.web.reports;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.persistence.DatabaseReady;
import org.aftersales.report.MonthlyReportArchive;
import org.aftersales.report.MonthlyReportArchiver;
import org.aftersales.report.MonthlyReportMailing;
import org.aftersales.report.MonthlyReportService;
import org.aftersales.shared.CurrentUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Generates the monthly report to the general manager for the previous month and archives it (R-O3; issue 6): the
 * check runs on the server's managed scheduler every {@code aftersales.monthly-report.check-interval-minutes} (60)
 * minutes once the schema is migrated, so the previous month is archived within the hour after 00:00 on the 1st (in
 * the configured zone) — and caught up after a server was down on the 1st. {@code aftersales.monthly-report.enabled=false}
 * turns it off; {@code aftersales.monthly-report.locale} (zh-CN) is the workbook's language. The archived report is then
 * mailed once to {@code aftersales.monthly-report.recipients} ({@link MonthlyReportMailing}).
 *
 * <p>Every instance of a cluster may run it: {@link MonthlyReportArchiver} keeps one report per month. No one is logged
 * in on the timer thread: the report is read with the general manager's rights, for whom it is made, and audit stamps
 * name the system.
 */
@ApplicationScoped
public class MonthlyReportScheduler {

    private static final Logger LOG = Logger.getLogger(MonthlyReportScheduler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    MonthlyReportArchiver archiver;

    @Inject
    MonthlyReportExport export;

    @Inject
    MonthlyReportService reports;

    @Inject
    MonthlyReportMailing mailing;

    @Inject
    @ConfigProperty(name = "aftersales.monthly-report.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "aftersales.monthly-report.check-interval-minutes", defaultValue = "60")
    long intervalMinutes;

    @Inject
    @ConfigProperty(name = "aftersales.monthly-report.locale", defaultValue = "zh-CN")
    String locale;

    private ScheduledFuture<?> running;

    void start(@Observes DatabaseReady ready) {
        if (!enabled || running != null) {
            return;
        }
        long interval = Math.max(1, intervalMinutes);
        // The first check a minute after start: a server that was down on the 1st catches up at once.
        running = scheduler.scheduleWithFixedDelay(this::runOnce, 1, interval, TimeUnit.MINUTES);
        LOG.info("Monthly report check every " + interval + " min");
    }

    private void runOnce() {
        try {
            YearMonth month = reports.previousMonth();
            if (archive(month)) {
                LOG.info("Monthly report " + month + " archived");
            }
            // Also when another instance archived it, or this one failed to mail it an hour ago: mailed once.
            CurrentUser.runAs(CurrentUser.SYSTEM, () -> mailing.mailOnce(month));
        } catch (RuntimeException failed) {
            // The next check tries again: nothing was archived.
            LOG.log(Level.WARNING, "Monthly report failed: " + failed, failed);
        }
    }

    /** Generates and archives {@code month} unless archived already: whether this call archived it. */
    public boolean archive(YearMonth month) {
        boolean[] archived = {false};
        CurrentUser.runAs(
                CurrentUser.SYSTEM,
                () -> Caller.runWithRoles(
                        EnumSet.of(Role.GENERAL_MANAGER),
                        () -> archived[0] = archiver.archiveOnce(month, () -> {
                            MonthlyReportExport.Export file = export.export(month, Locale.forLanguageTag(locale));
                            return new MonthlyReportArchive.Workbook(file.fileName(), file.content());
                        })));
        return archived[0];
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }
}
