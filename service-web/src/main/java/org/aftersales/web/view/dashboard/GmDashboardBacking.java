package org.aftersales.web.view.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.report.ClockCompliance;
import org.aftersales.report.MonthlyKpi;
import org.aftersales.report.MonthlyReportService;
import org.aftersales.retention.RecoveryRate;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.i18n.Messages;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.UserSession;
import org.aftersales.web.view.reports.ReportJobView;

/**
 * dashboard/gm.xhtml: the general manager's month (R-O3; issue 6, Dashboards) — the same {@link MonthlyKpi} as the API
 * and the workbook's summary, the SLA compliance per clock kind as a bar chart, and the month's workbook generated
 * as a polled job with its progress ({@link ReportJobView}), then downloaded.
 * The last complete month by default; any of the last two years can be chosen.
 */
@Named
@ViewScoped
public class GmDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MONTHS = 24;

    @Inject
    transient MonthlyReportService reports;

    @Inject
    ReportJobView job;

    @Inject
    transient AftersalesConfig config;

    @Inject
    transient Caller caller;

    @Inject
    UserSession session;

    @Inject
    transient org.aftersales.cost.ServiceCostService costs;

    private String month;
    private List<String> months = List.of();
    private MonthlyKpi kpi;
    private String chartJson;
    /** R-C1, R-C2: the latest cost lines flagged against their project's cost plan. */
    private List<org.aftersales.cost.ServiceCost> planFlagged = List.of();

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.MONTHLY_REPORT_VIEW)) {
            Pages.sendError(403);
            return;
        }
        YearMonth now = YearMonth.now(config.zone());
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            choices.add(now.minusMonths(i).toString());
        }
        months = choices;
        // The last complete month unless one is asked for (?month=yyyy-MM, one of the choices): the current month's
        // figures are still growing, and the general manager reads the month the report went out for (R-O3).
        month = choices.contains(month) ? month : now.minusMonths(1).toString();
        planFlagged = caller.may(Permission.EXPENSE_FLAG_VIEW) ? costs.flaggedAgainstPlan(50) : List.of();
        refresh();
    }

    public List<org.aftersales.cost.ServiceCost> getPlanFlagged() {
        return planFlagged;
    }

    public boolean isMaySeePlanFlags() {
        return caller.may(Permission.EXPENSE_FLAG_VIEW);
    }

    public String time(java.time.Instant instant) {
        return instant == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(instant.atZone(config.zone()));
    }

    public void refresh() {
        kpi = reports.kpi(reports.month(month));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (ClockCompliance clock : kpi.clocks()) {
            labels.add(Messages.text(session.getLocale(), "ClockKind." + clock.kind()));
            if (clock.percentMetInTime() == null) {
                values.addNull();
            } else {
                values.add(clock.percentMetInTime());
            }
        }
        chartJson = Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add(
                                                                "label",
                                                                Messages.text(
                                                                        session.getLocale(),
                                                                        "report.workbook.percentMetInTime"))
                                                        .add("data", values)
                                                        .add("backgroundColor", "#1e4d8c"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100))))
                .build()
                .toString();
    }

    /** Starts generating the month's workbook (R-O3) in the page's language; the page polls {@link #poll}. */
    public void generate() {
        job.start(reports.month(month), session.getLocale(), false);
    }

    /** Polled while the workbook is generated: the outcome is told once. */
    public void poll() {
        job.poll();
    }

    public ReportJobView getJob() {
        return job;
    }

    /** A recovery rate as shown: "60.00%", or "—" when nothing fell due (R-C5). */
    public String percent(RecoveryRate rate) {
        return rate.percent().map(p -> p.toPlainString() + "%").orElse("—");
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

    public MonthlyKpi getKpi() {
        return kpi;
    }

    public String getChartJson() {
        return chartJson;
    }
}
