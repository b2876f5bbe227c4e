package org.aftersales.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.aftersales.costplan.CostPlanSummary;
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
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
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
 * percentages as numbers (a percentage of 60 is 60, shown "60.00%"), money as amounts in yuan. The workbook holds no
 * formulas, so a spreadsheet that never recalculates shows the same figures; the chart carries its values in its own
 * XML (the category names and percentages cached beside the cell references), so LibreOffice draws its bars without
 * reading the cells. Labels come from the caller's bundle through {@code text} (keys {@code report.workbook.*} and the
 * enum labels), so the workbook is in the user's language; a table without rows says so ({@code report.workbook.none},
 * 本月无) instead of showing a bare header.
 *
 * <p>Layout (issue 18): each sheet is a list of blocks — tables and label/figure lists — measured before anything is
 * written. A column is as wide as its widest value counted in East Asian Width units ({@link
 * RegisterWorkbook#displayWidth}: full-width 2, half-width 1) plus padding; a long header wraps onto a header row tall
 * enough for all its lines ({@link #lines}), never onto a row of one line's height; text longer than {@link
 * #MAX_TEXT_WIDTH} wraps likewise. Amount, number and date headers are right-aligned like their figures. Every sheet
 * prints A4 landscape, fit to the page width; a block that fits on one page but would run over the end of the current
 * one starts on a new page (a row break before it), estimated from the rows' heights and the scale of fitting the
 * width. The first table's header is frozen and, where that table runs over more than one page, repeated on each.
 *
 * <p>The summary, with its chart, is built in memory with XSSF; the six list sheets are streamed (SXSSF, inline
 * strings): a month of a large plant base has thousands of case rows, and XSSF's shared-strings table makes every text
 * cell costly (issue 6 benchmark).
 */
public final class MonthlyReportWorkbook {

    /** How a value is shown: its cell style, and whether its header is right-aligned over it. */
    private enum Kind {
        TEXT,
        COUNT,
        DECIMAL,
        PERCENT,
        MONEY,
        DATE,
        INSTANT;

        boolean rightAligned() {
            return this != TEXT;
        }
    }

    /** A column of a table: the key of its header, how its values are shown, and the value of a row. */
    private record Column<T>(String headerKey, Kind kind, Function<T, Object> value) {}

    /** What a sheet shows, one block under the other, a blank row between two. */
    private sealed interface Block permits Table, Figures {}

    /** A table: an optional section title, a header row, a row per element or, without elements, 本月无. */
    private record Table<T>(String sectionKey, List<Column<T>> columns, List<T> rows) implements Block {}

    /** Labelled figures under a section title: the label in the first column, the figure in the second. */
    private record Figures(String sectionKey, List<Figure> figures) implements Block {}

    /** One labelled figure; {@code label} is shown as it is (already translated). */
    private record Figure(String label, Kind kind, Object value) {}

    /** Padding around a column's widest text, in half-width characters. */
    private static final int PADDING = 2;

    /** The narrowest column, in half-width characters before padding. */
    private static final int MIN_WIDTH = 6;

    /** A header shorter than this stays on one line; a longer one may wrap down to its longest word. */
    private static final int HEADER_ONE_LINE = 14;

    /** The widest a column gets for its values; longer text wraps onto a taller row. */
    private static final int MAX_TEXT_WIDTH = 40;

    /** The height of a row of one line (11 pt text, Chinese included), and of each further line of a wrapped cell. */
    private static final float LINE_POINTS = 16;

    private static final float ROW_POINTS = 18;
    private static final float TITLE_POINTS = 26;

    /** The chart under the summary's tables: its height in rows. */
    private static final int CHART_ROWS = 18;

    /** A4 landscape in points, and the margins set on every sheet (inches). */
    private static final float PAGE_WIDTH_POINTS = 842;

    private static final float PAGE_HEIGHT_POINTS = 595;
    private static final double SIDE_MARGIN = 0.5;
    private static final double TOP_MARGIN = 0.7;
    private static final double HEADER_MARGIN = 0.3;

    /**
     * The points one half-width character of column width takes in print before scaling: LibreOffice 7.4 was seen
     * to take 7.0 to 7.3; taken smaller, so that the estimated scale of fitting the width is never smaller than the
     * real one and a page never holds fewer rows than estimated. The estimate uses a share of the page's height.
     */
    private static final float POINTS_PER_CHARACTER = 6.5f;

    private static final float PAGE_SHARE = 0.92f;

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
    private final CellStyle rightHeader;
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
        plain.setWrapText(true);
        quoted = bordered(workbook.createCellStyle());
        quoted.setWrapText(true);
        quoted.setQuotePrefixed(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = bordered(workbook.createCellStyle());
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        rightHeader = bordered(workbook.createCellStyle());
        rightHeader.cloneStyleFrom(header);
        rightHeader.setAlignment(HorizontalAlignment.RIGHT);
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
        style.setVerticalAlignment(VerticalAlignment.CENTER);
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
        List<Figure> byType = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            byType.add(figure("CaseType." + type, Kind.COUNT, kpi.casesByType().get(type)));
        }
        byType.add(figure("report.workbook.casesReceived", Kind.COUNT, kpi.casesReceived()));
        List<Figure> byClass = new ArrayList<>();
        for (ServiceClass serviceClass : ServiceClass.values()) {
            byClass.add(figure(
                    "ServiceClass." + serviceClass,
                    Kind.COUNT,
                    kpi.casesByClass().get(serviceClass)));
        }
        Table<ClockCompliance> sla = new Table<>(
                "report.workbook.sla",
                List.of(
                        new Column<>("report.workbook.clockKind", Kind.TEXT, c -> label("ClockKind." + c.kind())),
                        new Column<>("report.workbook.due", Kind.COUNT, ClockCompliance::due),
                        new Column<>("report.workbook.metInTime", Kind.COUNT, ClockCompliance::metInTime),
                        new Column<>(
                                "report.workbook.percentMetInTime", Kind.PERCENT, ClockCompliance::percentMetInTime),
                        // Beside the percentage: how many of those met in time rest on a late entry (Robustness).
                        new Column<>("report.workbook.metByLateEntry", Kind.COUNT, ClockCompliance::metByLateEntry),
                        new Column<>("report.workbook.meanHours", Kind.DECIMAL, ClockCompliance::meanHoursToMeet),
                        new Column<>("report.workbook.p90Hours", Kind.DECIMAL, ClockCompliance::p90HoursToMeet)),
                kpi.clocks());
        Figures openItems = new Figures(
                "report.workbook.openItems",
                List.of(
                        figure("report.workbook.crisesOpen", Kind.COUNT, kpi.crisesOpen()),
                        figure("report.workbook.complaintsOpen", Kind.COUNT, kpi.complaintsOpen()),
                        figure("report.workbook.ownerSatisfaction", Kind.DECIMAL, kpi.ownerSatisfaction()),
                        figure(
                                "report.workbook.ownerSatisfactionResponses",
                                Kind.COUNT,
                                kpi.ownerSatisfactionResponses())));
        List<Block> blocks = List.of(
                new Figures("report.workbook.casesByType", byType),
                new Figures("report.workbook.casesByClass", byClass),
                sla,
                openItems,
                recoveryTable(kpi));
        XSSFSheet sheet = (XSSFSheet) workbook.createSheet(sheetName("report.workbook.sheet.summary"));
        Layout layout = layOut(sheet, blocks);
        int slaHeader = layout.headerRows.get(blocks.indexOf(sla));
        int chartRow = layout.nextRow + 1;
        layout.place(layout.nextRow, ROW_POINTS);
        if (kpi.clocks().stream().anyMatch(clock -> clock.due() > 0)) {
            layout.keepTogether(chartRow, CHART_ROWS * ROW_POINTS);
            chart(sheet, slaHeader + 1, slaHeader + kpi.clocks().size(), chartRow, layout.widths.length);
            // a cell under the chart, so that the printed range takes in the chart's lower edge
            sheet.createRow(chartRow + CHART_ROWS).createCell(0).setCellValue(" ");
        } else {
            int r = sectionRow(layout, chartRow, "report.workbook.chartTitle");
            noneRow(layout, r, 2);
        }
        layout.print(sheet);
    }

    private Table<RecoveryRow> recoveryTable(MonthlyKpi kpi) {
        return new Table<>(
                "report.workbook.recovery",
                List.of(
                        new Column<>("report.workbook.period", Kind.TEXT, r -> label(r.key())),
                        new Column<>(
                                "report.workbook.dueAmount",
                                Kind.MONEY,
                                r -> r.rate().due()),
                        new Column<>(
                                "report.workbook.collected",
                                Kind.MONEY,
                                r -> r.rate().collected()),
                        new Column<>(
                                "report.workbook.recoveryRate",
                                Kind.PERCENT,
                                r -> r.rate().percent().orElse(null))),
                List.of(
                        new RecoveryRow("report.workbook.recoveryMonth", kpi.recoveryMonth()),
                        new RecoveryRow("report.workbook.recoveryYearToDate", kpi.recoveryYearToDate())));
    }

    private record RecoveryRow(String key, RecoveryRate rate) {}

    /**
     * One bar per clock kind: the % met in time, read from the SLA table above. POI caches the categories and values
     * in the chart's XML (strCache, numCache); the bars get a fill of their own, without which LibreOffice draws
     * none.
     */
    private void chart(XSSFSheet sheet, int firstRow, int lastRow, int atRow, int columns) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, atRow, Math.min(columns, 7), atRow + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(label("report.workbook.chartTitle"));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis kinds = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis percents = chart.createValueAxis(AxisPosition.LEFT);
        percents.setMinimum(0);
        percents.setMaximum(100);
        percents.setCrosses(AxisCrosses.AUTO_ZERO);
        percents.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFDataSource<String> categories =
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> values =
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 3, 3));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, kinds, percents);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        data.setGapWidth(80);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle(label("report.workbook.percentMetInTime"), null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        chart.plot(data);
    }

    /** The bars' colour (RGB 0x4472C4, the usual spreadsheet blue). */
    static final byte[] BAR_COLOUR = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};

    // ---- 2 cases ----

    private void cases() {
        listSheet(
                "report.workbook.sheet.cases",
                new Table<>(
                        null,
                        List.of(
                                new Column<>("report.workbook.caseNumber", Kind.TEXT, MonthlyReport.CaseRow::number),
                                new Column<>(
                                        "report.workbook.receivedAt", Kind.INSTANT, MonthlyReport.CaseRow::receivedAt),
                                new Column<>(
                                        "report.workbook.projectCode", Kind.TEXT, MonthlyReport.CaseRow::projectCode),
                                new Column<>(
                                        "report.workbook.projectName", Kind.TEXT, MonthlyReport.CaseRow::projectName),
                                new Column<>("report.workbook.caseType", Kind.TEXT, c -> label("CaseType." + c.type())),
                                new Column<>(
                                        "report.workbook.serviceClass",
                                        Kind.TEXT,
                                        c -> label("ServiceClass." + c.serviceClass())),
                                new Column<>(
                                        "report.workbook.status", Kind.TEXT, c -> label("CaseStatus." + c.status())),
                                new Column<>("report.workbook.majorMatter", Kind.TEXT, c -> yesNo(c.majorMatter())),
                                new Column<>("report.workbook.crisis", Kind.TEXT, c -> yesNo(c.crisis())),
                                new Column<>(
                                        "report.workbook.closedAt", Kind.INSTANT, MonthlyReport.CaseRow::closedAt)),
                        report.cases()));
    }

    // ---- 3 costs ----

    private void costs() {
        Table<CostPlanSummary> plans = new Table<>(
                null,
                List.of(
                        new Column<>("report.workbook.projectCode", Kind.TEXT, CostPlanSummary::projectCode),
                        new Column<>("report.workbook.projectName", Kind.TEXT, CostPlanSummary::projectName),
                        new Column<>("report.workbook.planState", Kind.TEXT, p -> label("CostPlanState." + p.state())),
                        new Column<>("report.workbook.planned", Kind.MONEY, CostPlanSummary::plannedTotal),
                        new Column<>("report.workbook.supplements", Kind.MONEY, CostPlanSummary::supplementsTotal),
                        new Column<>("report.workbook.budget", Kind.MONEY, CostPlanSummary::budgetTotal),
                        new Column<>("report.workbook.actual", Kind.MONEY, CostPlanSummary::actualTotal),
                        new Column<>("report.workbook.variance", Kind.MONEY, CostPlanSummary::varianceTotal)),
                report.costPlans());
        Table<MonthlyReport.SupplementRow> supplements = new Table<>(
                "report.workbook.supplementsApproved",
                List.of(
                        new Column<>(
                                "report.workbook.projectCode", Kind.TEXT, MonthlyReport.SupplementRow::projectCode),
                        new Column<>(
                                "report.workbook.projectName", Kind.TEXT, MonthlyReport.SupplementRow::projectName),
                        new Column<>(
                                "report.workbook.category",
                                Kind.TEXT,
                                s -> label("CostCategory." + s.supplement().category())),
                        new Column<>(
                                "report.workbook.amount",
                                Kind.MONEY,
                                s -> s.supplement().amount()),
                        new Column<>(
                                "report.workbook.reason",
                                Kind.TEXT,
                                s -> s.supplement().reason()),
                        new Column<>(
                                "report.workbook.decidedBy",
                                Kind.TEXT,
                                s -> s.supplement().decidedBy()),
                        new Column<>(
                                "report.workbook.decidedAt",
                                Kind.INSTANT,
                                s -> s.supplement().decidedAt())),
                report.supplementsApproved());
        listSheet("report.workbook.sheet.costs", plans, supplements);
    }

    // ---- 4 subcontractor retention ----

    private void retention() {
        Table<LedgerLine> movements = new Table<>(
                null,
                List.of(
                        new Column<>("report.workbook.date", Kind.DATE, LedgerLine::date),
                        new Column<>("report.workbook.projectCode", Kind.TEXT, LedgerLine::projectCode),
                        new Column<>("report.workbook.subcontractor", Kind.TEXT, LedgerLine::subcontractorName),
                        new Column<>(
                                "report.workbook.movement", Kind.TEXT, l -> label("RetentionEntryKind." + l.kind())),
                        new Column<>("report.workbook.amount", Kind.MONEY, LedgerLine::amount),
                        new Column<>("report.workbook.cause", Kind.TEXT, LedgerLine::cause),
                        new Column<>("report.workbook.caseNumber", Kind.TEXT, LedgerLine::caseNumber)),
                report.retentionMovements());
        Table<MonthlyReport.RetentionBalance> balances = new Table<>(
                "report.workbook.balances",
                List.of(
                        new Column<>(
                                "report.workbook.projectCode", Kind.TEXT, MonthlyReport.RetentionBalance::projectCode),
                        new Column<>(
                                "report.workbook.subcontractor",
                                Kind.TEXT,
                                MonthlyReport.RetentionBalance::subcontractorName),
                        new Column<>("report.workbook.held", Kind.MONEY, MonthlyReport.RetentionBalance::held),
                        new Column<>("report.workbook.deducted", Kind.MONEY, MonthlyReport.RetentionBalance::deducted),
                        new Column<>("report.workbook.released", Kind.MONEY, MonthlyReport.RetentionBalance::released),
                        new Column<>("report.workbook.balance", Kind.MONEY, MonthlyReport.RetentionBalance::balance)),
                report.retentionBalances());
        listSheet("report.workbook.sheet.retention", movements, balances);
    }

    // ---- 5 project retention receivable ----

    private void receivables() {
        Table<MonthlyReport.ReceivableRow> receivables = new Table<>(
                null,
                List.of(
                        new Column<>(
                                "report.workbook.projectCode", Kind.TEXT, MonthlyReport.ReceivableRow::projectCode),
                        new Column<>(
                                "report.workbook.projectName", Kind.TEXT, MonthlyReport.ReceivableRow::projectName),
                        new Column<>("report.workbook.dueDate", Kind.DATE, MonthlyReport.ReceivableRow::dueDate),
                        new Column<>("report.workbook.dueAmount", Kind.MONEY, MonthlyReport.ReceivableRow::amount),
                        new Column<>("report.workbook.collected", Kind.MONEY, MonthlyReport.ReceivableRow::collected),
                        new Column<>(
                                "report.workbook.outstanding", Kind.MONEY, MonthlyReport.ReceivableRow::outstanding),
                        new Column<>("report.workbook.overdue", Kind.TEXT, r -> yesNo(r.overdue()))),
                report.receivables());
        listSheet(
                "report.workbook.sheet.receivables",
                receivables,
                recoveryTable(report.kpi()),
                returnProcedure(report.kpi().returnProcedure()));
    }

    /** R-C8: the statutory return procedure at the month's end, under the recovery rate. */
    private Figures returnProcedure(ReturnProcedureFigures figures) {
        return new Figures(
                "report.workbook.returnProcedure",
                List.of(
                        figure("report.workbook.returnProcedure.asOf", Kind.DATE, figures.asOf()),
                        figure(
                                "report.workbook.returnProcedure.applicationsPending",
                                Kind.COUNT,
                                figures.applicationsPending()),
                        figure(
                                "report.workbook.returnProcedure.deemedAcceptances",
                                Kind.COUNT,
                                figures.deemedAcceptances()),
                        figure(
                                "report.workbook.returnProcedure.overduePayments",
                                Kind.COUNT,
                                figures.overduePayments()),
                        figure(
                                "report.workbook.returnProcedure.overdueOutstanding",
                                Kind.MONEY,
                                figures.overdueOutstanding()),
                        figure(
                                "report.workbook.returnProcedure.interestAccrued",
                                Kind.MONEY,
                                figures.interestAccrued()),
                        figure(
                                "report.workbook.returnProcedure.subcontractorApplicationsToAnswer",
                                Kind.COUNT,
                                figures.subcontractorApplicationsToAnswer()),
                        figure("report.workbook.returnProcedure.interestOwed", Kind.MONEY, figures.interestOwed())));
    }

    // ---- 6 follow-up and return-visit compliance ----

    private void compliance() {
        listSheet(
                "report.workbook.sheet.compliance",
                new Table<>(
                        null,
                        List.of(
                                new Column<MonthlyReport.ComplianceRow>(
                                        "report.workbook.projectCode",
                                        Kind.TEXT,
                                        c -> c.followUps().projectCode()),
                                new Column<>(
                                        "report.workbook.projectName",
                                        Kind.TEXT,
                                        c -> c.followUps().projectName()),
                                new Column<>(
                                        "report.workbook.followUpsDue",
                                        Kind.COUNT,
                                        c -> c.followUps().dueInMonth()),
                                new Column<>(
                                        "report.workbook.metInTime",
                                        Kind.COUNT,
                                        c -> c.followUps().metInTime()),
                                new Column<>(
                                        "report.workbook.missed",
                                        Kind.COUNT,
                                        c -> c.followUps().missed()),
                                new Column<>(
                                        "report.workbook.percentMetInTime",
                                        Kind.PERCENT,
                                        c -> c.followUps().percentInTime()),
                                new Column<>(
                                        "report.workbook.declined",
                                        Kind.TEXT,
                                        c -> yesNo(c.followUps().declined())),
                                new Column<>(
                                        "report.workbook.returnVisitsDone",
                                        Kind.COUNT,
                                        MonthlyReport.ComplianceRow::returnVisitsDone),
                                new Column<>(
                                        "report.workbook.returnVisitsPlanned",
                                        Kind.COUNT,
                                        MonthlyReport.ComplianceRow::returnVisitsPlanned),
                                new Column<>(
                                        "report.workbook.returnVisitFlagged",
                                        Kind.TEXT,
                                        c -> yesNo(c.returnVisitFlagged()))),
                        report.compliance()));
    }

    // ---- 7 supplier scorecards ----

    private void scorecards() {
        listSheet(
                "report.workbook.sheet.scorecards",
                new Table<>(
                        null,
                        List.of(
                                new Column<>("report.workbook.rank", Kind.COUNT, SupplierScorecard::rank),
                                new Column<>("report.workbook.supplier", Kind.TEXT, SupplierScorecard::name),
                                new Column<>(
                                        "report.workbook.averageScore", Kind.DECIMAL, SupplierScorecard::averageScore),
                                new Column<>("report.workbook.responses", Kind.COUNT, SupplierScorecard::responses),
                                new Column<>(
                                        "report.workbook.qualityDefects",
                                        Kind.COUNT,
                                        SupplierScorecard::qualityDefects),
                                new Column<>(
                                        "report.workbook.retentionDeducted",
                                        Kind.MONEY,
                                        SupplierScorecard::retentionDeducted),
                                new Column<>(
                                        "report.workbook.meanResponseHours",
                                        Kind.DECIMAL,
                                        SupplierScorecard::meanResponseHours),
                                new Column<>(
                                        "report.workbook.unansweredForwardings",
                                        Kind.COUNT,
                                        SupplierScorecard::unansweredForwardings)),
                        report.scorecards()));
    }

    // ---- layout ----

    /** A list sheet: its blocks laid out, the first table's header frozen (and repeated where it runs over pages). */
    private void listSheet(String nameKey, Block... blocks) {
        Sheet sheet = workbook.createSheet(sheetName(nameKey));
        Layout layout = layOut(sheet, List.of(blocks));
        int firstHeader = layout.headerRows.get(0);
        sheet.createFreezePane(0, firstHeader + 1);
        if (layout.spansPages(0)) {
            sheet.setRepeatingRows(new CellRangeAddress(firstHeader, firstHeader, -1, -1));
        }
        layout.print(sheet);
    }

    /**
     * Where a sheet's blocks went: the column widths (half-width characters, padding included), each block's header
     * row (its first row for {@link Figures}), and the pages as estimated: where each row begins and how high it is.
     */
    private final class Layout {
        final int[] widths;
        final List<Integer> headerRows = new ArrayList<>();
        final List<Integer> lastRows = new ArrayList<>();
        /** The estimated page height, in the sheet's points (before the print scale). */
        final float pageHeight;

        /** The height used on the current page, in the sheet's points. */
        float used;

        int nextRow;
        final Sheet sheet;

        Layout(Sheet sheet, int[] widths) {
            this.sheet = sheet;
            this.widths = widths;
            int total = 0;
            for (int width : widths) {
                total += width;
            }
            float printableWidth = (float) (PAGE_WIDTH_POINTS - 2 * SIDE_MARGIN * 72);
            float scale = Math.min(1f, printableWidth / (total * POINTS_PER_CHARACTER));
            float printableHeight = (float) (PAGE_HEIGHT_POINTS - 2 * TOP_MARGIN * 72);
            pageHeight = printableHeight / scale * PAGE_SHARE;
        }

        /** The first row of each page after the first, as estimated. */
        private final List<Integer> pageStarts = new ArrayList<>();

        /** Starts {@code height} points at {@code row} on a new page if they fit on one but not on the current one. */
        void keepTogether(int row, float height) {
            if (used > 0 && used + height > pageHeight && height <= pageHeight) {
                sheet.setRowBreak(row - 1);
                pageStarts.add(row);
                used = 0;
            }
        }

        /** Counts row {@code row} of {@code height} points: past the page's end, it begins the next page. */
        void place(int row, float height) {
            if (used > 0 && used + height > pageHeight) {
                pageStarts.add(row);
                used = 0;
            }
            used += height;
        }

        /** Whether block {@code index}'s rows begin on one page and end on another. */
        boolean spansPages(int index) {
            return pageOf(lastRows.get(index)) != pageOf(headerRows.get(index));
        }

        private int pageOf(int row) {
            int page = 0;
            for (int start : pageStarts) {
                if (start <= row) {
                    page++;
                }
            }
            return page;
        }

        void print(Sheet sheet) {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN);
            sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN);
            sheet.setMargin(Sheet.TopMargin, TOP_MARGIN);
            sheet.setMargin(Sheet.BottomMargin, TOP_MARGIN);
            sheet.setMargin(Sheet.HeaderMargin, HEADER_MARGIN);
            sheet.setMargin(Sheet.FooterMargin, HEADER_MARGIN);
            sheet.getHeader()
                    .setCenter(
                            label("report.workbook.title") + " " + report.kpi().month());
            sheet.getFooter().setCenter("&P / &N");
        }
    }

    /**
     * Measures {@code blocks}, sets the column widths, and writes them under the sheet's title: each block kept on one
     * page where it fits on one, each row as high as its wrapped text.
     */
    private Layout layOut(Sheet sheet, List<Block> blocks) {
        int[] widths = measure(blocks);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.setDefaultRowHeightInPoints(ROW_POINTS);
        Layout layout = new Layout(sheet, widths);
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(TITLE_POINTS);
        Cell cell = titleRow.createCell(0);
        cell.setCellStyle(title);
        cell.setCellValue(label("report.workbook.title") + " " + report.kpi().month() + " — " + sheet.getSheetName());
        layout.place(0, TITLE_POINTS);
        int r = 1;
        for (Block block : blocks) {
            layout.place(r, ROW_POINTS); // the blank row above the block
            r++;
            if (block instanceof Table<?> table) {
                r = table(layout, r, table);
            } else {
                r = figures(layout, r, (Figures) block);
            }
            layout.lastRows.add(r - 1);
        }
        layout.nextRow = r;
        return layout;
    }

    /** The widths of a sheet's columns: each fits its widest value and its header (wrapped), plus padding. */
    private int[] measure(List<Block> blocks) {
        int columns = 2;
        for (Block block : blocks) {
            if (block instanceof Table<?> table) {
                columns = Math.max(columns, table.columns().size());
            }
        }
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, MIN_WIDTH);
        for (Block block : blocks) {
            if (block instanceof Table<?> table) {
                measure(table, widths);
            } else {
                for (Figure figure : ((Figures) block).figures()) {
                    widths[0] = Math.max(widths[0], Math.min(MAX_TEXT_WIDTH, textWidth(figure.label())));
                    widths[1] = Math.max(widths[1], shownWidth(figure.kind(), figure.value()));
                }
            }
        }
        for (int i = 0; i < columns; i++) {
            widths[i] += PADDING;
        }
        return widths;
    }

    private <T> void measure(Table<T> table, int[] widths) {
        for (int i = 0; i < table.columns().size(); i++) {
            Column<T> column = table.columns().get(i);
            int widest = 0;
            for (T row : table.rows()) {
                widest = Math.max(
                        widest, shownWidth(column.kind(), column.value().apply(row)));
            }
            String header = label(column.headerKey());
            int headerWidth = RegisterWorkbook.displayWidth(header);
            int forHeader = headerWidth <= HEADER_ONE_LINE
                    ? headerWidth
                    : Math.max(CellText.longestUnbreakable(header), (headerWidth + 1) / 2);
            widths[i] = Math.max(widths[i], Math.max(Math.min(MAX_TEXT_WIDTH, widest), forHeader));
        }
    }

    /** The width of {@code value} as its cell shows it, in half-width characters. */
    private int shownWidth(Kind kind, Object value) {
        if (value == null) {
            return 0;
        }
        return switch (kind) {
            case TEXT -> textWidth((String) value);
            case COUNT -> Long.toString(((Number) value).longValue()).length();
            case DECIMAL ->
                decimalOf(value)
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString()
                        .length();
            case PERCENT ->
                decimalOf(value)
                                .setScale(2, RoundingMode.HALF_UP)
                                .toPlainString()
                                .length()
                        + 2;
            case MONEY -> RegisterWorkbook.moneyWidth(decimalOf(value));
            case DATE -> "2026-12-31".length();
            case INSTANT -> "2026-12-31 23:59".length();
        };
    }

    /** The widest line of {@code text}. */
    private static int textWidth(String text) {
        int widest = 0;
        for (String line : text.split("\\R", -1)) {
            widest = Math.max(widest, RegisterWorkbook.displayWidth(line));
        }
        return widest;
    }

    private static BigDecimal decimalOf(Object value) {
        if (value instanceof Money amount) {
            return amount.amount();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    /** Writes {@code table} from row {@code r}; the next free row. */
    private <T> int table(Layout layout, int r, Table<T> table) {
        List<Column<T>> columns = table.columns();
        float headerHeight = ROW_POINTS;
        for (int i = 0; i < columns.size(); i++) {
            headerHeight = Math.max(headerHeight, height(label(columns.get(i).headerKey()), layout.widths[i]));
        }
        List<Float> rowHeights = new ArrayList<>();
        for (T element : table.rows()) {
            float height = ROW_POINTS;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).kind() == Kind.TEXT && columns.get(i).value().apply(element) instanceof String s) {
                    height = Math.max(height, height(s, layout.widths[i]));
                }
            }
            rowHeights.add(height);
        }
        float head = (table.sectionKey() == null ? 0 : ROW_POINTS) + headerHeight;
        float body = rowHeights.isEmpty() ? ROW_POINTS : 0;
        for (float height : rowHeights) {
            body += height;
        }
        float firstRows = 0;
        for (int i = 0; i < Math.min(3, rowHeights.size()); i++) {
            firstRows += rowHeights.get(i);
        }
        // the whole table on one page where it fits on one; else at least its header with its first rows
        layout.keepTogether(r, head + body <= layout.pageHeight ? head + body : head + firstRows);
        if (table.sectionKey() != null) {
            r = sectionRow(layout, r, table.sectionKey());
        }
        Row headerRow = layout.sheet.createRow(r);
        headerRow.setHeightInPoints(headerHeight);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = headerRow.createCell(i);
            cell.setCellStyle(columns.get(i).kind().rightAligned() ? rightHeader : header);
            cell.setCellValue(label(columns.get(i).headerKey()));
        }
        layout.headerRows.add(r);
        layout.place(r, headerHeight);
        r++;
        if (table.rows().isEmpty()) {
            return noneRow(layout, r, columns.size());
        }
        for (int e = 0; e < table.rows().size(); e++) {
            T element = table.rows().get(e);
            Row row = layout.sheet.createRow(r);
            row.setHeightInPoints(rowHeights.get(e));
            for (int i = 0; i < columns.size(); i++) {
                cell(row, i, columns.get(i).kind(), columns.get(i).value().apply(element));
            }
            layout.place(r, rowHeights.get(e));
            r++;
        }
        return r;
    }

    /** A row that says 本月无 / "None this month" across {@code columns} columns; the next free row. */
    private int noneRow(Layout layout, int r, int columns) {
        Row row = layout.sheet.createRow(r);
        row.setHeightInPoints(ROW_POINTS);
        text(row, 0, label("report.workbook.none"));
        for (int i = 1; i < columns; i++) {
            row.createCell(i).setCellStyle(plain);
        }
        layout.sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        layout.place(r, ROW_POINTS);
        return r + 1;
    }

    /** Writes {@code figures} from row {@code r}; the next free row. */
    private int figures(Layout layout, int r, Figures figures) {
        float height = ROW_POINTS;
        List<Float> heights = new ArrayList<>();
        for (Figure figure : figures.figures()) {
            float rowHeight = Math.max(ROW_POINTS, height(figure.label(), layout.widths[0]));
            heights.add(rowHeight);
            height += rowHeight;
        }
        layout.keepTogether(r, height);
        r = sectionRow(layout, r, figures.sectionKey());
        layout.headerRows.add(r);
        for (int i = 0; i < figures.figures().size(); i++) {
            Figure figure = figures.figures().get(i);
            Row row = layout.sheet.createRow(r);
            row.setHeightInPoints(heights.get(i));
            text(row, 0, figure.label());
            cell(row, 1, figure.kind(), figure.value());
            layout.place(r, heights.get(i));
            r++;
        }
        return r;
    }

    /** The height of a row that shows {@code text} wrapped in a column {@code width} wide (padding included). */
    private static float height(String text, int width) {
        int lines = CellText.lines(text, width - PADDING);
        return lines <= 1 ? ROW_POINTS : lines * LINE_POINTS + (ROW_POINTS - LINE_POINTS);
    }

    private int sectionRow(Layout layout, int r, String key) {
        Row row = layout.sheet.createRow(r);
        row.setHeightInPoints(ROW_POINTS);
        Cell cell = row.createCell(0);
        cell.setCellStyle(section);
        cell.setCellValue(label(key));
        layout.place(r, ROW_POINTS);
        return r + 1;
    }

    private Figure figure(String key, Kind kind, Object value) {
        return new Figure(label(key), kind, value);
    }

    // ---- cells ----

    private String sheetName(String key) {
        return WorkbookUtil.createSafeSheetName(label(key));
    }

    private String label(String key) {
        return text.apply(key);
    }

    private String yesNo(boolean value) {
        return label(value ? "report.workbook.yes" : "report.workbook.no");
    }

    /** A cell showing {@code value} as {@code kind} says; a blank, bordered cell for {@code null} (nothing measured). */
    private void cell(Row row, int column, Kind kind, Object value) {
        if (kind == Kind.TEXT) {
            text(row, column, (String) value);
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellStyle(
                switch (kind) {
                    case COUNT -> count;
                    case DECIMAL -> decimal;
                    case PERCENT -> percent;
                    case MONEY -> money;
                    case DATE -> day;
                    case INSTANT -> instant;
                    case TEXT -> plain;
                });
        if (value == null) {
            return;
        }
        switch (kind) {
            case COUNT -> cell.setCellValue(((Number) value).longValue());
            case DATE -> cell.setCellValue((LocalDate) value);
            case INSTANT -> cell.setCellValue(((Instant) value).atZone(zone).toLocalDateTime());
            default -> cell.setCellValue(decimalOf(value).doubleValue());
        }
    }

    private void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(value != null && RegisterWorkbook.looksLikeAFormula(value) ? quoted : plain);
        if (value != null) {
            cell.setCellValue(value);
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
