package org.aftersales.web.view.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.report.ArchivedMonthlyReport;
import org.aftersales.report.MonthlyReportArchive;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.reports.MonthlyReportJobs;
import org.aftersales.web.view.PagedRows;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.People;
import org.aftersales.web.view.UserSession;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * reports/archive.xhtml: the archived monthly reports to the general manager (R-O3) — month, when and by whom
 * generated, when mailed, size, download — and on-demand generation of any month as a job the page polls
 * ({@link MonthlyReportJobs}), so a long report never blocks the page; the general manager may regenerate an archived
 * month (after confirming), which replaces the archived workbook.
 */
@Named
@ViewScoped
public class MonthlyArchiveBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MONTHS = 24;

    @Inject
    transient MonthlyReportArchive archive;

    @Inject
    transient People people;

    @Inject
    ReportJobView job;

    @Inject
    transient Caller caller;

    @Inject
    transient AftersalesConfig config;

    @Inject
    UserSession session;

    private String month;
    private List<String> months = List.of();

    private final PagedRows<MonthlyReportArchive.Entry> list =
            new PagedRows<>(request -> archive.list(request), row -> String.valueOf(row.id()));

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.MONTHLY_REPORT_VIEW)) {
            Pages.sendError(403);
            return;
        }
        YearMonth current = YearMonth.now(config.zone());
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            choices.add(current.minusMonths(i).toString());
        }
        months = choices;
        if (month == null) {
            month = current.minusMonths(1).toString();
        }
    }

    /** Starts generating the chosen month; the page polls {@link #poll}. */
    public void generate() {
        job.start(YearMonth.parse(month), session.getLocale(), false);
    }

    /** The general manager generates the chosen month and archives it, replacing what was archived (confirmed). */
    public void generateAndArchive() {
        job.start(YearMonth.parse(month), session.getLocale(), true);
    }

    /** The general manager regenerates an archived month: the new workbook replaces the archived one. */
    public void regenerate(String archivedMonth) {
        month = archivedMonth;
        job.start(YearMonth.parse(archivedMonth), session.getLocale(), true);
    }

    /** Polled while a job runs: its outcome told once; the list shows an archived month at once. */
    public void poll() {
        if (job.poll()) {
            PrimeFaces.current().ajax().update("form:reports");
        }
    }

    public ReportJobView getJob() {
        return job;
    }

    /** The archived workbook of {@code archivedMonth}. */
    public StreamedContent download(String archivedMonth) {
        ArchivedMonthlyReport archived = archive.find(YearMonth.parse(archivedMonth))
                .orElseThrow(() -> new NotFoundException("monthlyReport", archivedMonth));
        return ReportJobView.streamed(archived.getFileName(), archived.getContent());
    }

    public boolean isRegenerateAllowed() {
        return caller.may(Permission.MONTHLY_REPORT_REGENERATE);
    }

    /** A size as people read it: 980 B, 12.5 KB, 3.4 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Who generated it, "system" shown as the monthly job. */
    /** Who generated the report: the monthly job, or a person by name (issue 18 item 4). */
    public String generatedBy(String user) {
        return org.aftersales.shared.CurrentUser.SYSTEM.equals(user)
                ? Pages.text("report.archive.byJob")
                : people.name(user);
    }

    public PagedRows<MonthlyReportArchive.Entry> getList() {
        return list;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<String> getMonths() {
        return months;
    }
}
