package org.aftersales.web.reports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.report.MonthlyReportArchive;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.CurrentUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Role;

/**
 * On-demand generation of the monthly report without blocking the page (R-O3; issue 6: "On-demand generation shows
 * progress and does not block the page"): a job runs on the server's managed executor, the page polls its step and
 * percentage and, once done, offers the workbook; with {@code archive} the general manager's regenerated workbook
 * replaces the month's archived one.
 *
 * <p>The job acts as the user who started it — their name for audit stamps, their roles for the rights checks — since no
 * one is logged in on the executor's thread. Jobs live in this instance's memory (the page that started one polls the
 * same instance: sessions are sticky) and are forgotten an hour after they end.
 */
@ApplicationScoped
public class MonthlyReportJobs {

    private static final Logger LOG = Logger.getLogger(MonthlyReportJobs.class.getName());
    private static final Duration KEPT = Duration.ofHours(1);

    /** Where a job is: the step's message key ({@code report.job.step.*}), percentage, and its outcome once ended. */
    public static final class Job {
        private final String id;
        private final String owner;
        private final YearMonth month;
        private final boolean archive;
        private volatile String step = "report.job.step.QUEUED";
        private volatile int percent;
        private volatile MonthlyReportExport.Export result;
        private volatile String errorKey;
        private volatile Object[] errorArguments = new Object[0];
        private volatile Instant endedAt;

        Job(String id, String owner, YearMonth month, boolean archive) {
            this.id = id;
            this.owner = owner;
            this.month = month;
            this.archive = archive;
        }

        public String id() {
            return id;
        }

        public YearMonth month() {
            return month;
        }

        public boolean archive() {
            return archive;
        }

        public String step() {
            return step;
        }

        public int percent() {
            return percent;
        }

        public boolean ended() {
            return endedAt != null;
        }

        public boolean succeeded() {
            return result != null;
        }

        public MonthlyReportExport.Export result() {
            return result;
        }

        /** The message key of why it failed, or {@code null}. */
        public String errorKey() {
            return errorKey;
        }

        public Object[] errorArguments() {
            return errorArguments.clone();
        }

        void reached(String stepKey, int percentage) {
            step = stepKey;
            percent = percentage;
        }
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    MonthlyReportExport export;

    @Inject
    MonthlyReportArchive archive;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /**
     * Starts generating {@code month}'s workbook in {@code locale}; with {@code replaceArchived}, the general manager's
     * regeneration of the archived report.
     */
    public Job start(YearMonth month, Locale locale, boolean replaceArchived) {
        caller.require(replaceArchived ? Permission.MONTHLY_REPORT_REGENERATE : Permission.MONTHLY_REPORT_VIEW);
        forgetOld();
        String owner = CurrentUser.name();
        Set<Role> roles = caller.roles();
        Job job = new Job(UUID.randomUUID().toString(), owner, month, replaceArchived);
        jobs.put(job.id(), job);
        executor.submit(() -> CurrentUser.runAs(owner, () -> Caller.runWithRoles(roles, () -> run(job, locale))));
        return job;
    }

    /** The job {@code id} if the current user started it. */
    public Optional<Job> find(String id) {
        Job job = id == null ? null : jobs.get(id);
        return job != null && job.owner.equals(CurrentUser.name()) ? Optional.of(job) : Optional.empty();
    }

    private void run(Job job, Locale locale) {
        try {
            MonthlyReportExport.Export file = export.export(
                    job.month(),
                    locale,
                    step -> job.reached(
                            "report.job.step." + step.name(),
                            job.archive() ? step.percent() * 9 / 10 : step.percent()));
            if (job.archive()) {
                job.reached("report.job.step.ARCHIVING", 90);
                archive.replace(job.month(), new MonthlyReportArchive.Workbook(file.fileName(), file.content()));
                job.reached("report.job.step.DONE", 100);
            }
            job.result = file;
        } catch (BusinessException refused) { // a future month, no rights: the reason in the user's words
            job.errorKey = refused.getMessageKey();
            job.errorArguments = refused.getArguments();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Monthly report " + job.month() + " failed: " + failed, failed);
            job.errorKey = "report.job.failed";
        } finally {
            job.endedAt = clock.instant();
        }
    }

    private void forgetOld() {
        Instant before = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.endedAt != null && job.endedAt.isBefore(before));
    }
}
