package org.aftersales.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.aftersales.costplan.CostPlanSummary;
import org.aftersales.followup.FollowUpCompliance;
import org.aftersales.report.ClockCompliance;
import org.aftersales.report.MonthlyKpi;
import org.aftersales.report.MonthlyReport;
import org.aftersales.retention.LedgerLine;
import org.aftersales.retention.RecoveryRate;
import org.aftersales.retention.ReturnProcedureFigures;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.Money;
import org.aftersales.survey.SupplierScorecard;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly report to the general manager (R-O3; issue 6) as one workbook of seven sheets: 1 summary (the
 * {@link MonthlyKpi}, with a bar chart of the SLA compliance per clock kind), 2 the cases of the month, 3 cost plan vs
 * actual per project and the supplements approved, 4 subcontractor retention movements of the month and the balances
 * at its end, 5 project retention receivable with the recovery rate of the month and the year to date and the statutory
 * return procedure's figures (R-C8), 6 follow-up and return-visit compliance per project, 7 supplier scorecards.
 *
 * <p>The summary is written from the same {@link MonthlyKpi} the API returns, cell by cell: counts, hours and
 * percentages as numbers (a percentage of 60 is 60, shown "60.00%"), money as amounts in yuan. Labels come from the
 * caller's bundle through {@code text} (keys {@code report.workbook.*} and the enum labels), so the workbook is in the
 * user's language. Lists have frozen, repeated header rows; every sheet prints A4 landscape, fit to the page width.
 * The summary, with its chart, is built in memory with XSSF; the six list sheets are streamed (SXSSF, inline strings):
 * a month of a large plant base has thousands of case rows, and XSSF's shared-strings table makes every text cell
 * costly (issue 6 benchmark).
 */
public final class MonthlyReportWorkbook {

    private final MonthlyReport report;
    private final Function<String, String> text;
    private final ZoneId zone;
    /** Holds the styles and the summary sheet; the list sheets are added through {@link #streaming}. */
    private final XSSFWorkbook base = new XSSFWorkbook();
    /** The workbook sheets are created in: {@link #base} for the summary, then {@link #streaming}. */
    private Workbook workbook = base;

    private StreamingWorkbook streaming;
    private final CellStyle plain;
    private final CellStyle quoted;
    private final CellStyle header;
    private final CellStyle section;
    private final CellStyle title;
    private final CellStyle count;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle money;
    private final CellStyle day;
    private final CellStyle instant;

    private MonthlyReportWorkbook(MonthlyReport report, Function<String, String> text, ZoneId zone) {
        this.report = report;
        this.text = text;
        this.zone = zone;
        plain = bordered(workbook.createCellStyle());
        quoted = bordered(workbook.createCellStyle());
        quoted.setQuotePrefixed(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = bordered(workbook.createCellStyle());
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        section = workbook.createCellStyle();
        section.setFont(bold);
        title = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title.setFont(big);
        count = numeric("0");
        decimal = numeric("0.00");
        percent = numeric("0.00\"%\"");
        money = numeric("\"¥\"#,##0.00");
        day = numeric("yyyy-mm-dd");
        instant = numeric("yyyy-mm-dd hh:mm");
    }

    private CellStyle numeric(String format) {
        CellStyle style = bordered(workbook.createCellStyle());
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setAlignment(HorizontalAlignment.RIGHT);
        return style;
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /**
     * Writes the workbook of {@code report} to {@code out}.
     *
     * @param text the caller's bundle: key → text in the user's language
     * @param zone the zone in which instants are shown
     */
    public static void write(MonthlyReport report, Function<String, String> text, ZoneId zone, OutputStream out) {
        MonthlyReportWorkbook book = new MonthlyReportWorkbook(report, text, zone);
        book.summary();
        book.streaming = new StreamingWorkbook(book.base);
        book.workbook = book.streaming;
        book.cases();
        book.costs();
        book.retention();
        book.receivables();
        book.compliance();
        book.scorecards();
        try (StreamingWorkbook workbook = book.streaming) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.streaming.dispose();
        }
    }

    // ---- 1 summary ----

    private void summary() {
        MonthlyKpi kpi = report.kpi();
        XSSFSheet sheet = (XSSFSheet) sheet("report.workbook.sheet.summary", 24, 12, 14, 14, 16, 14, 14);
        int r = titleRow(sheet, 0);
        r = sectionRow(sheet, r + 1, "report.workbook.casesByType");
        for (CaseType type : CaseType.values()) {
            r = figureRow(sheet, r, "CaseType." + type, kpi.casesByType().get(type));
        }
        r = figureRow(sheet, r, "report.workbook.casesReceived", kpi.casesReceived());
        r = sectionRow(sheet, r + 1, "report.workbook.casesByClass");
        for (ServiceClass serviceClass : ServiceClass.values()) {
            r = figureRow(
                    sheet, r, "ServiceClass." + serviceClass, kpi.casesByClass().get(serviceClass));
        }
        r = sectionRow(sheet, r + 1, "report.workbook.sla");
        r = headerRow(
                sheet,
                r,
                "report.workbook.clockKind",
                "report.workbook.due",
                "report.workbook.metInTime",
                "report.workbook.percentMetInTime",
                "report.workbook.metByLateEntry",
                "report.workbook.meanHours",
                "report.workbook.p90Hours");
        int firstClock = r;
        for (ClockCompliance clock : kpi.clocks()) {
            Row row = sheet.createRow(r++);
            text(row, 0, label("ClockKind." + clock.kind()));
            number(row, 1, clock.due(), count);
            number(row, 2, clock.metInTime(), count);
            number(row, 3, clock.percentMetInTime(), percent);
            // Beside the percentage: how many of those met in time rest on a late entry (Robustness issue).
            number(row, 4, clock.metByLateEntry(), count);
            number(row, 5, clock.meanHoursToMeet(), decimal);
            number(row, 6, clock.p90HoursToMeet(), decimal);
        }
        int lastClock = r - 1;
        r = sectionRow(sheet, r + 1, "report.workbook.openItems");
        r = figureRow(sheet, r, "report.workbook.crisesOpen", kpi.crisesOpen());
        r = figureRow(sheet, r, "report.workbook.complaintsOpen", kpi.complaintsOpen());
        Row satisfaction = sheet.createRow(r++);
        text(satisfaction, 0, label("report.workbook.ownerSatisfaction"));
        number(satisfaction, 1, kpi.ownerSatisfaction(), decimal);
        r = figureRow(sheet, r, "report.workbook.ownerSatisfactionResponses", kpi.ownerSatisfactionResponses());
        r = sectionRow(sheet, r + 1, "report.workbook.recovery");
        r = recoveryTable(sheet, r, kpi);
        chart(sheet, firstClock, lastClock, r + 1);
        print(sheet, 0);
    }

    private int recoveryTable(Sheet sheet, int r, MonthlyKpi kpi) {
        r = headerRow(
                sheet,
                r,
                "report.workbook.period",
                "report.workbook.dueAmount",
                "report.workbook.collected",
                "report.workbook.recoveryRate");
        r = recoveryRow(sheet, r, "report.workbook.recoveryMonth", kpi.recoveryMonth());
        return recoveryRow(sheet, r, "report.workbook.recoveryYearToDate", kpi.recoveryYearToDate());
    }

    private int recoveryRow(Sheet sheet, int r, String key, RecoveryRate rate) {
        Row row = sheet.createRow(r);
        text(row, 0, label(key));
        money(row, 1, rate.due());
        money(row, 2, rate.collected());
        number(row, 3, rate.percent().orElse(null), percent);
        return r + 1;
    }

    /** One bar per clock kind: the % met in time, read from the SLA table above. */
    private void chart(XSSFSheet sheet, int firstRow, int lastRow, int atRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, atRow, 6, atRow + 18);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(label("report.workbook.chartTitle"));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis kinds = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis percents = chart.createValueAxis(AxisPosition.LEFT);
        percents.setMinimum(0);
        percents.setMaximum(100);
        percents.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> categories =
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> values =
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 3, 3));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, kinds, percents);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle(label("report.workbook.percentMetInTime"), null);
        chart.plot(data);
    }

    // ---- 2 cases ----

    private void cases() {
        Sheet sheet = sheet("report.workbook.sheet.cases", 16, 17, 14, 28, 12, 14, 12, 10, 10, 17);
        int r = titleRow(sheet, 0);
        int head = r;
        r = headerRow(
                sheet,
                r,
                "report.workbook.caseNumber",
                "report.workbook.receivedAt",
                "report.workbook.projectCode",
                "report.workbook.projectName",
                "report.workbook.caseType",
                "report.workbook.serviceClass",
                "report.workbook.status",
                "report.workbook.majorMatter",
                "report.workbook.crisis",
                "report.workbook.closedAt");
        for (MonthlyReport.CaseRow c : report.cases()) {
            Row row = sheet.createRow(r++);
            text(row, 0, c.number());
            instant(row, 1, c.receivedAt());
            text(row, 2, c.projectCode());
            text(row, 3, c.projectName());
            text(row, 4, label("CaseType." + c.type()));
            text(row, 5, label("ServiceClass." + c.serviceClass()));
            text(row, 6, label("CaseStatus." + c.status()));
            text(row, 7, yesNo(c.majorMatter()));
            text(row, 8, yesNo(c.crisis()));
            instant(row, 9, c.closedAt());
        }
        list(sheet, head);
    }

    // ---- 3 costs ----

    private void costs() {
        Sheet sheet = sheet("report.workbook.sheet.costs", 14, 28, 12, 16, 16, 16, 16, 16);
        int r = titleRow(sheet, 0);
        int head = r;
        r = headerRow(
                sheet,
                r,
                "report.workbook.projectCode",
                "report.workbook.projectName",
                "report.workbook.planState",
                "report.workbook.planned",
                "report.workbook.supplements",
                "report.workbook.budget",
                "report.workbook.actual",
                "report.workbook.variance");
        for (CostPlanSummary plan : report.costPlans()) {
            Row row = sheet.createRow(r++);
            text(row, 0, plan.projectCode());
            text(row, 1, plan.projectName());
            text(row, 2, label("CostPlanState." + plan.state()));
            money(row, 3, plan.plannedTotal());
            money(row, 4, plan.supplementsTotal());
            money(row, 5, plan.budgetTotal());
            money(row, 6, plan.actualTotal());
            money(row, 7, plan.varianceTotal());
        }
        r = sectionRow(sheet, r + 1, "report.workbook.supplementsApproved");
        r = headerRow(
                sheet,
                r,
                "report.workbook.projectCode",
                "report.workbook.projectName",
                "report.workbook.category",
                "report.workbook.amount",
                "report.workbook.reason",
                "report.workbook.decidedBy",
                "report.workbook.decidedAt");
        for (MonthlyReport.SupplementRow s : report.supplementsApproved()) {
            Row row = sheet.createRow(r++);
            text(row, 0, s.projectCode());
            text(row, 1, s.projectName());
            text(row, 2, label("CostCategory." + s.supplement().category()));
            money(row, 3, s.supplement().amount());
            text(row, 4, s.supplement().reason());
            text(row, 5, s.supplement().decidedBy());
            instant(row, 6, s.supplement().decidedAt());
        }
        list(sheet, head);
    }

    // ---- 4 subcontractor retention ----

    private void retention() {
        Sheet sheet = sheet("report.workbook.sheet.retention", 12, 14, 22, 12, 16, 30, 16);
        int r = titleRow(sheet, 0);
        int head = r;
        r = headerRow(
                sheet,
                r,
                "report.workbook.date",
                "report.workbook.projectCode",
                "report.workbook.subcontractor",
                "report.workbook.movement",
                "report.workbook.amount",
                "report.workbook.cause",
                "report.workbook.caseNumber");
        for (LedgerLine line : report.retentionMovements()) {
            Row row = sheet.createRow(r++);
            day(row, 0, line.date());
            text(row, 1, line.projectCode());
            text(row, 2, line.subcontractorName());
            text(row, 3, label("RetentionEntryKind." + line.kind()));
            money(row, 4, line.amount());
            text(row, 5, line.cause());
            text(row, 6, line.caseNumber());
        }
        r = sectionRow(sheet, r + 1, "report.workbook.balances");
        r = headerRow(
                sheet,
                r,
                "report.workbook.projectCode",
                "report.workbook.subcontractor",
                "report.workbook.held",
                "report.workbook.deducted",
                "report.workbook.released",
                "report.workbook.balance");
        for (MonthlyReport.RetentionBalance b : report.retentionBalances()) {
            Row row = sheet.createRow(r++);
            text(row, 0, b.projectCode());
            text(row, 1, b.subcontractorName());
            money(row, 2, b.held());
            money(row, 3, b.deducted());
            money(row, 4, b.released());
            money(row, 5, b.balance());
        }
        list(sheet, head);
    }

    // ---- 5 project retention receivable ----

    private void receivables() {
        Sheet sheet = sheet("report.workbook.sheet.receivables", 14, 28, 12, 16, 16, 16, 10);
        int r = titleRow(sheet, 0);
        int head = r;
        r = headerRow(
                sheet,
                r,
                "report.workbook.projectCode",
                "report.workbook.projectName",
                "report.workbook.dueDate",
                "report.workbook.dueAmount",
                "report.workbook.collected",
                "report.workbook.outstanding",
                "report.workbook.overdue");
        for (MonthlyReport.ReceivableRow line : report.receivables()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.projectCode());
            text(row, 1, line.projectName());
            day(row, 2, line.dueDate());
            money(row, 3, line.amount());
            money(row, 4, line.collected());
            money(row, 5, line.outstanding());
            text(row, 6, yesNo(line.overdue()));
        }
        r = sectionRow(sheet, r + 1, "report.workbook.recovery");
        r = recoveryTable(sheet, r, report.kpi());
        returnProcedure(sheet, r + 1, report.kpi().returnProcedure());
        list(sheet, head);
    }

    /** R-C8: the statutory return procedure at the month's end, under the recovery rate. */
    private void returnProcedure(Sheet sheet, int r, ReturnProcedureFigures figures) {
        r = sectionRow(sheet, r, "report.workbook.returnProcedure");
        Row asOf = sheet.createRow(r++);
        text(asOf, 0, label("report.workbook.returnProcedure.asOf"));
        day(asOf, 1, figures.asOf());
        r = figureRow(sheet, r, "report.workbook.returnProcedure.applicationsPending", figures.applicationsPending());
        r = figureRow(sheet, r, "report.workbook.returnProcedure.deemedAcceptances", figures.deemedAcceptances());
        r = figureRow(sheet, r, "report.workbook.returnProcedure.overduePayments", figures.overduePayments());
        Row outstanding = sheet.createRow(r++);
        text(outstanding, 0, label("report.workbook.returnProcedure.overdueOutstanding"));
        money(outstanding, 1, figures.overdueOutstanding());
        Row interest = sheet.createRow(r++);
        text(interest, 0, label("report.workbook.returnProcedure.interestAccrued"));
        money(interest, 1, figures.interestAccrued());
        r = figureRow(
                sheet,
                r,
                "report.workbook.returnProcedure.subcontractorApplicationsToAnswer",
                figures.subcontractorApplicationsToAnswer());
        Row owed = sheet.createRow(r);
        text(owed, 0, label("report.workbook.returnProcedure.interestOwed"));
        money(owed, 1, figures.interestOwed());
    }

    // ---- 6 follow-up and return-visit compliance ----

    private void compliance() {
        Sheet sheet = sheet("report.workbook.sheet.compliance", 14, 28, 12, 12, 12, 12, 10, 12, 12, 10);
        int r = titleRow(sheet, 0);
        int head = r;
        r = headerRow(
                sheet,
                r,
                "report.workbook.projectCode",
                "report.workbook.projectName",
                "report.workbook.followUpsDue",
                "report.workbook.metInTime",
                "report.workbook.missed",
                "report.workbook.percentMetInTime",
                "report.workbook.declined",
                "report.workbook.returnVisitsDone",
                "report.workbook.returnVisitsPlanned",
                "report.workbook.returnVisitFlagged");
        for (MonthlyReport.ComplianceRow line : report.compliance()) {
            FollowUpCompliance f = line.followUps();
            Row row = sheet.createRow(r++);
            text(row, 0, f.projectCode());
            text(row, 1, f.projectName());
            number(row, 2, f.dueInMonth(), count);
            number(row, 3, f.metInTime(), count);
            number(row, 4, f.missed(), count);
            number(row, 5, f.percentInTime() == null ? null : BigDecimal.valueOf(f.percentInTime()), percent);
            text(row, 6, yesNo(f.declined()));
            number(row, 7, line.returnVisitsDone(), count);
            number(row, 8, line.returnVisitsPlanned(), count);
            text(row, 9, yesNo(line.returnVisitFlagged()));
        }
        list(sheet, head);
    }

    // ---- 7 supplier scorecards ----

    private void scorecards() {
        Sheet sheet = sheet("report.workbook.sheet.scorecards", 8, 30, 14, 12, 14, 16, 16, 12);
        int r = titleRow(sheet, 0);
        int head = r;
        r = headerRow(
                sheet,
                r,
                "report.workbook.rank",
                "report.workbook.supplier",
                "report.workbook.averageScore",
                "report.workbook.responses",
                "report.workbook.qualityDefects",
                "scorecard.retentionDeductions",
                "scorecard.responseTime",
                "scorecard.unanswered");
        for (SupplierScorecard card : report.scorecards()) {
            Row row = sheet.createRow(r++);
            number(row, 0, card.rank(), count);
            text(row, 1, card.name());
            number(row, 2, card.averageScore(), decimal);
            number(row, 3, card.responses(), count);
            number(row, 4, card.qualityDefects(), count);
            number(row, 5, card.retentionDeducted(), money);
            number(row, 6, card.meanResponseHours(), decimal);
            number(row, 7, card.unansweredForwardings(), count);
        }
        list(sheet, head);
    }

    // ---- cells and layout ----

    private Sheet sheet(String nameKey, int... widths) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(label(nameKey)));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        return sheet;
    }

    /** The report's title and month on the first row; the next free row. */
    private int titleRow(Sheet sheet, int r) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(26);
        Cell cell = row.createCell(0);
        cell.setCellStyle(title);
        cell.setCellValue(
                label("report.workbook.title") + " " + report.kpi().month() + " — " + label(keyOfSheet(sheet)));
        return r + 1;
    }

    private String keyOfSheet(Sheet sheet) {
        String[] keys = {"summary", "cases", "costs", "retention", "receivables", "compliance", "scorecards"};
        return "report.workbook.sheet." + keys[workbook.getSheetIndex(sheet)];
    }

    private int sectionRow(Sheet sheet, int r, String key) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellStyle(section);
        cell.setCellValue(label(key));
        return r + 1;
    }

    private int headerRow(Sheet sheet, int r, String... keys) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < keys.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellStyle(header);
            cell.setCellValue(label(keys[i]));
        }
        return r + 1;
    }

    private int figureRow(Sheet sheet, int r, String key, long value) {
        Row row = sheet.createRow(r);
        text(row, 0, label(key));
        number(row, 1, value, count);
        return r + 1;
    }

    /** A list sheet: its header row frozen and repeated on every printed page. */
    private void list(Sheet sheet, int headerRow) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        print(sheet, headerRow);
    }

    private void print(Sheet sheet, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getHeader()
                .setCenter(label("report.workbook.title") + " " + report.kpi().month());
        sheet.getFooter().setCenter("&P / &N");
    }

    private String label(String key) {
        return text.apply(key);
    }

    private String yesNo(boolean value) {
        return label(value ? "report.workbook.yes" : "report.workbook.no");
    }

    private void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        boolean formulaLike = value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        cell.setCellStyle(formulaLike ? quoted : plain);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    /** A blank cell for {@code null}: nothing to measure ("—"). */
    private void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private void money(Row row, int column, Money value) {
        number(row, column, value == null ? null : value.amount(), money);
    }

    private void day(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(day);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private void instant(Row row, int column, Instant value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(instant);
        if (value != null) {
            cell.setCellValue(value.atZone(zone).toLocalDateTime());
        }
    }

    /** The sheets' names in order, as keys (for readers and tests). */
    public static List<String> sheetKeys() {
        return List.of(
                "report.workbook.sheet.summary",
                "report.workbook.sheet.cases",
                "report.workbook.sheet.costs",
                "report.workbook.sheet.retention",
                "report.workbook.sheet.receivables",
                "report.workbook.sheet.compliance",
                "report.workbook.sheet.scorecards");
    }
}
