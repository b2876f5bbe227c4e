package org.aftersales.web.view.reports;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Locale;
import org.aftersales.shared.NotFoundException;
import org.aftersales.web.reports.MonthlyReportExport;
import org.aftersales.web.reports.MonthlyReportJobs;
import org.aftersales.web.view.Pages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A page's on-demand monthly report (R-O3: "generated on demand … shows progress and does not block the page"): the
 * job it started on {@link MonthlyReportJobs}, its progress while the page polls, the outcome told once, and the
 * workbook to download. Shown by {@code WEB-INF/includes/report-job.xhtml}; used by the archive page and the general
 * manager's dashboard.
 */
@Dependent
public class ReportJobView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MonthlyReportJobs jobs;

    private String jobId;

    /** Starts generating {@code month} in {@code locale}; {@code archive}: store it as the month's archived report. */
    public void start(YearMonth month, Locale locale, boolean archive) {
        jobId = jobs.start(month, locale, archive).id();
    }

    /**
     * Polled while the job runs; once it has ended, tells its outcome as a message.
     *
     * @return whether the job ended with this poll
     */
    public boolean poll() {
        MonthlyReportJobs.Job job = getJob();
        if (job == null || !job.ended()) {
            return false;
        }
        if (job.succeeded()) {
            Pages.info(
                    job.archive() ? "report.job.archived" : "report.job.ready",
                    job.month().toString());
        } else {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, getErrorText(), null));
        }
        return true;
    }

    public MonthlyReportJobs.Job getJob() {
        return jobs.find(jobId).orElse(null);
    }

    /** Why the job failed, in the user's language. */
    public String getErrorText() {
        MonthlyReportJobs.Job job = getJob();
        return job == null || job.errorKey() == null ? null : Pages.text(job.errorKey(), job.errorArguments());
    }

    public boolean isRunning() {
        MonthlyReportJobs.Job job = getJob();
        return job != null && !job.ended();
    }

    /** The generated workbook. */
    public StreamedContent getResult() {
        MonthlyReportJobs.Job job = getJob();
        if (job == null || !job.succeeded()) {
            throw new NotFoundException("monthlyReport", jobId);
        }
        return streamed(job.result().fileName(), job.result().content());
    }

    static StreamedContent streamed(String fileName, byte[] content) {
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(MonthlyReportExport.CONTENT_TYPE)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }
}
