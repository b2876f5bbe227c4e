package org.aftersales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.aftersales.reports.RegisterWorkbook.Column;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the written registers as a spreadsheet user would who never recalculates: LibreOffice (headless, its profile
 * set to never recalculate .xlsx on loading) renders them to PDF, and the figures shown there are compared with the
 * rows; the file itself is read with POI (which never evaluates formulas here, it reads the stored values).
 * LibreOffice must be installed (.ci/run installs libreoffice-calc and fonts-noto-cjk).
 */
class RegisterWorkbookTest {

    @TempDir
    Path folder;

    private static final List<Column> COLUMNS = List.of(
            Column.text("项目编号", RegisterWorkbook.displayWidth("WTP-2025-000")),
            Column.text("分包商", RegisterWorkbook.displayWidth("上海磁悬浮风机股份有限公司")),
            Column.date("日期"),
            Column.money("扣除金额", new BigDecimal("15458.00")),
            Column.text("原因", RegisterWorkbook.displayWidth("鼓风机轴承损坏")));

    private Path write(String name, java.util.function.Consumer<RegisterWorkbook> rows, String sheet, String title)
            throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            RegisterWorkbook register = RegisterWorkbook.open(out, sheet, title, COLUMNS, "合计");
            rows.accept(register);
            register.finish();
        }
        return file;
    }

    @Test
    @DisplayName(
            "R-O3 a register opened in LibreOffice without recalculation shows the totals of the rows: SUM formulas carry their values")
    void totalsShowWithoutRecalculation() throws Exception {
        BigDecimal[] amounts = {new BigDecimal("12000.50"), new BigDecimal("3456.78"), new BigDecimal("0.72")};
        Path file = write(
                "register.xlsx",
                register -> {
                    for (int i = 0; i < amounts.length; i++) {
                        register.addRow(
                                "WTP-2025-00" + i,
                                "上海磁悬浮风机股份有限公司",
                                LocalDate.of(2026, 3, 1 + i),
                                amounts[i],
                                "鼓风机轴承损坏");
                    }
                },
                "分包商质保金",
                "设备供货厂商质保金管理登记表");

        String shown = LibreOfficeView.shownText(file, folder);
        // 12 000.50 + 3 456.78 + 0.72, computed by hand
        assertThat(shown).contains("合计", "¥15,458.00");
        assertThat(shown).contains("¥12,000.50", "¥3,456.78", "¥0.72", "2026-03-01", "2026-03-03");
        assertThat(shown).contains("项目编号", "分包商", "日期", "扣除金额", "原因", "上海磁悬浮风机股份有限公司");
        assertThat(shown).as("no figure too wide for its column").doesNotContain("###");

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("分包商质保金");
            Cell total = sheet.getRow(2 + amounts.length).getCell(3);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).isEqualTo("SUM(D3:D5)");
            assertThat(total.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(total.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP))
                    .isEqualByComparingTo("15458.00");
            assertThat(sheet.getRow(2 + amounts.length).getCell(0).getStringCellValue())
                    .isEqualTo("合计");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("分包商");
            assertThat(sheet.getRow(2).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(sheet.getRow(2).getCell(3).getCellStyle().getDataFormatString())
                    .contains("¥")
                    .contains("0.00");
            // the amount header is aligned like its figures
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(sheet.getRow(2).getCell(3).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
        }
    }

    @Test
    @DisplayName(
            "R-O3 register columns fit their longest text in East Asian Width units (full-width 2, half-width 1) plus padding")
    void widthsCountFullWidthAsTwo() throws Exception {
        assertThat(RegisterWorkbook.displayWidth("王售后（售后服务专责）")).isEqualTo(22);
        assertThat(RegisterWorkbook.displayWidth("WTP-2025-001")).isEqualTo(12);
        assertThat(RegisterWorkbook.displayWidth("A泵")).isEqualTo(3);
        Path file = write("widths.xlsx", register -> {}, "登记表", "登记表");
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            // 上海磁悬浮风机股份有限公司: 13 full-width characters = 26 units, + 2 padding
            assertThat(sheet.getColumnWidth(1) / 256).isEqualTo(28);
            // 项目编号 (8 units) is narrower than WTP-2025-000 (12 units)
            assertThat(sheet.getColumnWidth(0) / 256).isEqualTo(14);
            // ¥15,458.00 with room for a minus sign: 11 units, narrower than 扣除金额 (8) … so 11 + 2
            assertThat(sheet.getColumnWidth(3) / 256).isEqualTo(13);
        }
    }

    @Test
    @DisplayName(
            "R-O3 a streamed register sends its first bytes before its columns are measured and its header before its first row")
    void firstBytesBeforeTheColumnsAndTheRows() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int[] sentBeforeColumns = {0};
        RegisterWorkbook register = RegisterWorkbook.open(
                out,
                "登记表",
                "登记表",
                () -> {
                    sentBeforeColumns[0] = out.size();
                    return COLUMNS;
                },
                "合计");
        int sentBeforeRows = out.size();
        register.addRow("WTP-2025-001", "上海磁悬浮风机股份有限公司", LocalDate.of(2026, 3, 1), new BigDecimal("1.00"), "原因");
        register.finish();

        assertThat(sentBeforeColumns[0])
                .as("bytes sent before the columns were asked")
                .isGreaterThan(0);
        assertThat(sentBeforeRows).isGreaterThan(sentBeforeColumns[0]);
        assertThat(out.size()).isGreaterThan(sentBeforeRows);
    }

    @Test
    @DisplayName("R-O3 user text that starts with = + - @ is written as text, never as a formula")
    void formulaLikeTextStaysText() throws Exception {
        Path file = write(
                "injection.xlsx",
                register -> {
                    register.addRow(
                            "=1+1", "+SUM(A1)", LocalDate.of(2026, 1, 1), new BigDecimal("1.00"), "@cmd|' /C calc'!A0");
                    register.addRow("-2", "正常文本", null, null, "=HYPERLINK(\"http://example.com\")");
                },
                "登记表",
                "登记表");

        assertThat(LibreOfficeView.shownText(file, folder)).contains("=1+1", "+SUM(A1)");
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("+SUM(A1)");
            assertThat(sheet.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).startsWith("=HYPERLINK");
        }
    }

    @Test
    @DisplayName(
            "R-O3 registers stream: frozen header, auto-filter, A4 landscape fit to width with the header repeated, no temporary files")
    void layoutAndNoTemporaryFiles() throws Exception {
        long before = poiTempFiles();
        Path file = write(
                "layout.xlsx",
                register -> {
                    for (int i = 0; i < 5000; i++) {
                        register.addRow("P" + i, "Supplier", LocalDate.of(2026, 1, 1), new BigDecimal("1.00"), "cause");
                    }
                },
                "Register",
                "Project retention receivable");

        assertThat(poiTempFiles()).isEqualTo(before);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:E5002");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize())
                    .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("2:2");
            assertThat(sheet.getRow(5002).getCell(3).getCellFormula()).isEqualTo("SUM(D3:D5002)");
            assertThat(sheet.getRow(5002).getCell(3).getNumericCellValue()).isEqualTo(5000.0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        }
    }

    private static long poiTempFiles() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> files = Files.walk(tmp, 2)) {
            return files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf"))
                    .count();
        }
    }
}
