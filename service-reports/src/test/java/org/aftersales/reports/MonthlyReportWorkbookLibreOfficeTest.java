package org.aftersales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.aftersales.report.ClockCompliance;
import org.aftersales.report.MonthlyKpi;
import org.aftersales.report.MonthlyReport;
import org.aftersales.retention.LedgerLine;
import org.aftersales.retention.RecoveryRate;
import org.aftersales.retention.RetentionEntryKind;
import org.aftersales.retention.ReturnProcedureFigures;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.Money;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;

/**
 * The monthly workbook to the general manager (R-O3) as a user sees it in a spreadsheet that never recalculates
 * (issue 18 item 2): LibreOffice, set never to recalculate, renders it to PDF ({@link LibreOfficeView}) with the
 * application's own Chinese and English texts (read from service-web's bundles, so that a new, longer wording is
 * checked too), and the text, pages and pictures of the PDF are compared with the report's figures. The fixture month
 * is {@link MonthlyReportWorkbookTest#fixtureReport()} with a month's worth of retention movements and long supplier
 * names; the empty month has nothing at all.
 */
class MonthlyReportWorkbookLibreOfficeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String[] SUPPLIERS = {"上海磁悬浮风机股份有限公司", "江苏一环集团有限公司（设备分公司）", "ABB (China) Ltd."};
    private static final DecimalFormat AMOUNT = new DecimalFormat("#,##0.00");

    @TempDir
    Path folder;

    /** The application's texts in {@code language} (zh_CN or en), from service-web's bundle. */
    static Function<String, String> bundle(String language) throws Exception {
        Path file = Path.of(System.getProperty("basedir", "."))
                .resolve("../service-web/src/main/resources/org/aftersales/web/i18n/messages_" + language
                        + ".properties");
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return key -> {
            String value = texts.getProperty(key);
            assertThat(value).as("bundle " + language + " has " + key).isNotNull();
            return value;
        };
    }

    /** The fixture month with 28 retention movements and 8 balances, on suppliers with long names. */
    static MonthlyReport fullMonth() {
        MonthlyReport fixture = MonthlyReportWorkbookTest.fixtureReport();
        List<LedgerLine> movements = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            movements.add(new LedgerLine(
                    i,
                    "WTP-2024-00" + (i % 4),
                    "滨江再生水厂",
                    SUPPLIERS[i % 3],
                    LocalDate.of(2026, 2, 1 + i % 27),
                    i % 2 == 0 ? RetentionEntryKind.HELD : RetentionEntryKind.DEDUCTED,
                    Money.of("1234567.89"),
                    "鼓风机轴承损坏，更换轴承及密封件",
                    "SC-2026-000" + (10 + i),
                    null));
        }
        List<MonthlyReport.RetentionBalance> balances = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            balances.add(new MonthlyReport.RetentionBalance(
                    "WTP-2024-10" + i,
                    SUPPLIERS[i % 3],
                    Money.of("10000.00"),
                    Money.of("1200.00"),
                    Money.ZERO,
                    Money.of("8800.00")));
        }
        return new MonthlyReport(
                fixture.kpi(),
                fixture.cases(),
                fixture.costPlans(),
                fixture.supplementsApproved(),
                movements,
                balances,
                fixture.receivables(),
                fixture.compliance(),
                fixture.scorecards());
    }

    /** A month in which nothing happened: no case, no clock due, no movement, no plan, no survey. */
    static MonthlyReport emptyMonth() {
        MonthlyKpi fixture = MonthlyReportWorkbookTest.fixtureKpi();
        Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            byType.put(type, 0L);
        }
        Map<ServiceClass, Long> byClass = new EnumMap<>(ServiceClass.class);
        for (ServiceClass serviceClass : ServiceClass.values()) {
            byClass.put(serviceClass, 0L);
        }
        List<ClockCompliance> clocks = new ArrayList<>();
        for (ClockKind kind : List.of(ClockKind.REPLY, ClockKind.MAJOR_MATTER, ClockKind.ON_SITE_ARRIVAL)) {
            clocks.add(ClockCompliance.of(kind, List.of()));
        }
        RecoveryRate nothing = new RecoveryRate(Money.ZERO, Money.ZERO);
        MonthlyKpi kpi = new MonthlyKpi(
                fixture.month(),
                0,
                byType,
                byClass,
                clocks,
                0,
                0,
                null,
                0,
                nothing,
                nothing,
                new ReturnProcedureFigures(LocalDate.of(2026, 2, 28), 0, 0, 0, Money.ZERO, Money.ZERO, 0, Money.ZERO));
        return new MonthlyReport(
                kpi, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private Path write(MonthlyReport report, Function<String, String> text, String name) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            MonthlyReportWorkbook.write(report, text, SHANGHAI, out);
        }
        return file;
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static boolean isHeader(Cell cell) {
        return cell.getCellType() == CellType.STRING
                && cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND;
    }

    @Test
    @DisplayName("R-O3 issue 18 item 2: in LibreOffice without recalculation, in Chinese and English, every header of"
            + " the monthly workbook is whole, its words fit the column and its row is tall enough for its lines"
            + " (East Asian Width units); every label, supplier name and title is shown whole, no figure is ###")
    void nothingIsCut() throws Exception {
        for (String language : List.of("zh_CN", "en")) {
            Path file = write(fullMonth(), bundle(language), "full-" + language + ".xlsx");

            String shown = LibreOfficeView.shownText(file, folder.resolve(language));

            String shownWithoutSpaces = withoutSpaces(shown);
            assertThat(shown)
                    .as(language + ": no figure too wide for its column")
                    .doesNotContain("###");
            int headers = 0;
            try (XSSFWorkbook book = open(file)) {
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() != CellType.STRING
                                    || cell.getStringCellValue().isBlank()) {
                                continue;
                            }
                            String text = cell.getStringCellValue();
                            assertThat(shownWithoutSpaces)
                                    .as(language + ", sheet " + sheet.getSheetName() + ": " + text + " shown whole")
                                    .contains(withoutSpaces(text));
                            if (isHeader(cell)) {
                                headers++;
                                assertFits(sheet, cell, language);
                            }
                        }
                    }
                }
            }
            assertThat(headers).as("the headers of the 7 sheets' 11 tables").isGreaterThan(60);
        }
    }

    /**
     * The header's words each fit the column (a word is cut otherwise), and its row has room for the lines the text
     * needs at the least: its width in East Asian Width units over the column's width, a line 14 points high.
     */
    private static void assertFits(Sheet sheet, Cell cell, String language) {
        String text = cell.getStringCellValue();
        int columnWidth = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
        for (String word : text.split(" ")) {
            if (RegisterWorkbook.displayWidth(word) != word.length()) {
                continue; // Chinese text breaks between any two characters
            }
            assertThat(RegisterWorkbook.displayWidth(word))
                    .as(language + ": a word of header " + text + " fits its column of " + columnWidth)
                    .isLessThan(columnWidth);
        }
        int lines = (RegisterWorkbook.displayWidth(text) + columnWidth - 2) / (columnWidth - 1);
        assertThat(cell.getRow().getHeightInPoints())
                .as(language + ": header " + text + " needs " + lines + " lines in a column of " + columnWidth)
                .isGreaterThanOrEqualTo(lines * 14f);
        boolean amount = cell.getRow().getSheet().getRow(cell.getRowIndex() + 1) != null
                && cell.getRow().getSheet().getRow(cell.getRowIndex() + 1).getCell(cell.getColumnIndex()) != null
                && cell.getRow()
                                .getSheet()
                                .getRow(cell.getRowIndex() + 1)
                                .getCell(cell.getColumnIndex())
                                .getCellType()
                        == CellType.NUMERIC;
        if (amount) {
            assertThat(cell.getCellStyle().getAlignment())
                    .as(language + ": header " + text + " aligned like its figures")
                    .isEqualTo(HorizontalAlignment.RIGHT);
        }
    }

    @Test
    @DisplayName(
            "R-O3 issue 18 item 2: the summary LibreOffice shows without recalculation has the KPI's figures row by"
                    + " row: cases by type, SLA due / in time / % / late entries / mean / p90 per clock, recovery rates,"
                    + " return procedure")
    void summaryShowsTheKpi() throws Exception {
        Function<String, String> text = bundle("zh_CN");
        MonthlyKpi kpi = MonthlyReportWorkbookTest.fixtureKpi();
        Path file = write(fullMonth(), text, "kpi.xlsx");

        List<String> lines = LibreOfficeView.shownText(file, folder).lines().toList();

        for (CaseType type : CaseType.values()) {
            assertThat(lines)
                    .contains(text.apply("CaseType." + type) + " "
                            + kpi.casesByType().get(type));
        }
        assertThat(lines).contains(text.apply("report.workbook.casesReceived") + " " + kpi.casesReceived());
        for (ClockCompliance clock : kpi.clocks()) {
            assertThat(lines)
                    .contains(text.apply("ClockKind." + clock.kind()) + " " + clock.due() + " " + clock.metInTime()
                            + " " + AMOUNT.format(clock.percentMetInTime()) + "% " + clock.metByLateEntry() + " "
                            + AMOUNT.format(clock.meanHoursToMeet()) + " " + AMOUNT.format(clock.p90HoursToMeet()));
        }
        // by hand: REPLY 5 due, 3 in time = 60.00%, one of them by a late entry, mean 16 h, p90 30 h
        assertThat(lines).contains("答复业主 5 3 60.00% 1 16.00 30.00");
        for (RecoveryRate rate : List.of(kpi.recoveryMonth(), kpi.recoveryYearToDate())) {
            assertThat(String.join("\n", lines))
                    .contains("¥" + AMOUNT.format(rate.due().amount()) + " ¥"
                            + AMOUNT.format(rate.collected().amount()) + " "
                            + AMOUNT.format(rate.percent().orElseThrow()) + "%");
        }
        assertThat(lines).contains("本年累计 ¥150,000.00 ¥110,000.00 73.33%");
        ReturnProcedureFigures procedure = kpi.returnProcedure();
        assertThat(lines)
                .contains(
                        text.apply("report.workbook.returnProcedure.overdueOutstanding") + " ¥"
                                + AMOUNT.format(procedure.overdueOutstanding().amount()),
                        text.apply("report.workbook.returnProcedure.interestAccrued") + " ¥"
                                + AMOUNT.format(procedure.interestAccrued().amount()));
        assertThat(String.join("\n", lines)).contains(AMOUNT.format(kpi.ownerSatisfaction()));
    }

    @Test
    @DisplayName("R-O3 issue 18 item 2: the SLA chart carries its categories and percentages in its XML (strCache,"
            + " numCache) and LibreOffice draws its bars, 60 % as high as 100 %")
    void chartDrawsBars() throws Exception {
        MonthlyKpi kpi = MonthlyReportWorkbookTest.fixtureKpi();
        Function<String, String> text = bundle("zh_CN");
        Path file = write(fullMonth(), text, "chart.xlsx");
        try (XSSFWorkbook book = open(file)) {
            XSSFChart chart = ((XSSFSheet) book.getSheetAt(0))
                    .getDrawingPatriarch()
                    .getCharts()
                    .get(0);
            CTBarSer series =
                    chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            List<String> categories = new ArrayList<>();
            for (var point : series.getCat().getStrRef().getStrCache().getPtArray()) {
                categories.add(point.getV());
            }
            List<BigDecimal> values = new ArrayList<>();
            for (var point : series.getVal().getNumRef().getNumCache().getPtArray()) {
                values.add(new BigDecimal(point.getV()));
            }
            assertThat(categories)
                    .containsExactly(kpi.clocks().stream()
                            .map(clock -> text.apply("ClockKind." + clock.kind()))
                            .toArray(String[]::new));
            assertThat(values)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(kpi.clocks().stream()
                            .map(ClockCompliance::percentMetInTime)
                            .toArray(BigDecimal[]::new));
        }

        List<Integer> bars = new ArrayList<>();
        for (BufferedImage page :
                LibreOfficeView.pageImages(LibreOfficeView.pdfWithoutRecalculation(file, folder), 60)) {
            List<Integer> heights = barHeights(page);
            if (!heights.isEmpty()) {
                bars = heights;
            }
        }
        assertThat(bars).as("three bars: reply, major matter, arrival").hasSize(3);
        assertThat(bars.get(1)).isCloseTo(bars.get(2), org.assertj.core.data.Offset.offset(2));
        assertThat((double) bars.get(0) / bars.get(1))
                .as("REPLY 60.00% against MAJOR_MATTER 100.00%")
                .isCloseTo(0.60, org.assertj.core.data.Offset.offset(0.04));
    }

    /** The heights in pixels of the runs of columns of the bar colour on {@code page}, left to right. */
    private static List<Integer> barHeights(BufferedImage page) {
        byte[] colour = MonthlyReportWorkbook.BAR_COLOUR;
        List<Integer> heights = new ArrayList<>();
        int run = 0;
        for (int x = 0; x < page.getWidth(); x++) {
            int count = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                int rgb = page.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - (colour[0] & 0xFF)) < 12
                        && Math.abs(((rgb >> 8) & 0xFF) - (colour[1] & 0xFF)) < 12
                        && Math.abs((rgb & 0xFF) - (colour[2] & 0xFF)) < 12) {
                    count++;
                }
            }
            if (count > 3) {
                run = Math.max(run, count);
            } else if (run > 0) {
                heights.add(run);
                run = 0;
            }
        }
        return heights;
    }

    @Test
    @DisplayName("R-O3 issue 18 item 2: printed, the retention sheet's movements and balances each stay on one page;"
            + " a list longer than a page repeats its header on every page")
    void tablesStayOnOnePage() throws Exception {
        Function<String, String> text = bundle("zh_CN");
        MonthlyReport month = fullMonth();
        Path file = write(month, text, "pages.xlsx");

        List<String> pages = LibreOfficeView.pageTexts(LibreOfficeView.pdfWithoutRecalculation(file, folder));

        List<String> movements = new ArrayList<>();
        month.retentionMovements().forEach(line -> movements.add(line.caseNumber()));
        List<String> balances = new ArrayList<>();
        month.retentionBalances().forEach(balance -> balances.add(balance.projectCode()));
        assertThat(pages)
                .as("one page holds every movement")
                .anySatisfy(page -> assertThat(page).contains(movements));
        assertThat(pages)
                .as("one page holds the balances' title and every balance")
                .anySatisfy(page -> assertThat(page)
                        .contains(text.apply("report.workbook.balances"))
                        .contains(balances));

        List<MonthlyReport.CaseRow> many = new ArrayList<>();
        MonthlyReport.CaseRow one = month.cases().get(0);
        for (int i = 0; i < 150; i++) {
            many.add(new MonthlyReport.CaseRow(
                    String.format("SC-2025-%05d", i + 1),
                    one.receivedAt(),
                    one.projectCode(),
                    one.projectName(),
                    one.type(),
                    one.serviceClass(),
                    one.status(),
                    false,
                    false,
                    null));
        }
        MonthlyReport longMonth = new MonthlyReport(
                month.kpi(),
                many,
                month.costPlans(),
                month.supplementsApproved(),
                month.retentionMovements(),
                month.retentionBalances(),
                month.receivables(),
                month.compliance(),
                month.scorecards());
        Path longFile = write(longMonth, text, "long.xlsx");
        try (XSSFWorkbook book = open(longFile)) {
            Sheet cases = book.getSheetAt(1);
            Row header = MonthlyReportWorkbookTest.rowOf(cases, text.apply("report.workbook.caseNumber"));
            org.apache.poi.ss.util.CellRangeAddress repeated = cases.getRepeatingRows();
            assertThat(repeated)
                    .as("the cases' header repeated on every printed page")
                    .isNotNull();
            assertThat(repeated.getFirstRow()).isEqualTo(header.getRowNum());
            assertThat(repeated.getLastRow()).isEqualTo(header.getRowNum());
        }
        List<String> longPages =
                LibreOfficeView.pageTexts(LibreOfficeView.pdfWithoutRecalculation(longFile, folder.resolve("long")));
        List<String> casePages =
                longPages.stream().filter(page -> page.contains("SC-2025-")).toList();
        assertThat(casePages).as("150 cases take more than one page").hasSizeGreaterThan(1);
        assertThat(casePages)
                .as("each page of cases shows the header")
                .allSatisfy(page -> assertThat(page).contains(text.apply("report.workbook.receivedAt")));
        assertThat(String.join("", casePages)).contains("SC-2025-00001", "SC-2025-00150");
    }

    @Test
    @DisplayName("R-O3 issue 18 item 2: a month without anything says 本月无 / None this month under each table and"
            + " instead of the SLA chart, in the workbook's language; no bare header row")
    void emptyMonthSaysNone() throws Exception {
        for (String language : List.of("zh_CN", "en")) {
            Function<String, String> text = bundle(language);
            Path file = write(emptyMonth(), text, "empty-" + language + ".xlsx");

            String shown = LibreOfficeView.shownText(file, folder.resolve(language));

            String none = text.apply("report.workbook.none");
            assertThat(none).isEqualTo(language.equals("en") ? "None this month" : "本月无");
            // cases 1, costs 2, retention 2, receivables 1, compliance 1, scorecards 1, and the chart's place
            assertThat(shown.lines().filter(line -> line.strip().equals(none)).count())
                    .as(language)
                    .isEqualTo(9);
            try (XSSFWorkbook book = open(file)) {
                org.apache.poi.xssf.usermodel.XSSFDrawing drawing =
                        ((XSSFSheet) book.getSheetAt(0)).getDrawingPatriarch();
                assertThat(drawing == null ? List.of() : drawing.getCharts())
                        .as("no chart without a clock due")
                        .isEmpty();
                for (int i = 1; i < book.getNumberOfSheets(); i++) {
                    Sheet sheet = book.getSheetAt(i);
                    for (Row row : sheet) {
                        Cell first = row.getCell(0);
                        boolean recovery = first != null
                                && first.getStringCellValue().equals(text.apply("report.workbook.period"));
                        if (first != null && isHeader(first) && !recovery) {
                            Row next = sheet.getRow(row.getRowNum() + 1);
                            assertThat(next.getCell(0).getStringCellValue())
                                    .as(sheet.getSheetName() + ": under the header")
                                    .isEqualTo(none);
                        }
                    }
                }
            }
        }
    }
}
