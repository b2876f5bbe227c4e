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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aftersales.reports.RegisterWorkbook.Column;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the written registers as a spreadsheet user would: LibreOffice (headless) loads the file, computes it and
 * saves it again; the result is read back. LibreOffice must be installed (.ci/run installs libreoffice-calc).
 */
class RegisterWorkbookTest {

    @TempDir
    Path folder;

    private static final List<Column> COLUMNS = List.of(
            Column.text("项目编号", 14),
            Column.text("分包商", 28),
            Column.date("日期"),
            Column.money("扣款金额", 14),
            Column.text("原因", 30));

    private Path write(String name, RegisterWorkbook register) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            register.writeTo(out);
        }
        return file;
    }

    /** Converts with LibreOffice, which computes the formulas and stores their values in the saved copy. */
    private Path recalculatedByLibreOffice(Path file) throws Exception {
        Path out = Files.createDirectories(folder.resolve("libreoffice"));
        // A fresh LibreOffice profile set to recalculate Excel files on loading, as the spreadsheet user is asked to.
        Path settings = Files.createDirectories(folder.resolve("lo-profile/user"));
        Files.writeString(settings.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
                oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        Process soffice = new ProcessBuilder(
                        "soffice",
                        "--headless",
                        "--norestore",
                        "-env:UserInstallation=file://" + folder.resolve("lo-profile"),
                        "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML",
                        "--outdir",
                        out.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(soffice.getInputStream().readAllBytes());
        assertThat(soffice.waitFor(120, TimeUnit.SECONDS))
                .as("LibreOffice finished: " + output)
                .isTrue();
        Path converted = out.resolve(file.getFileName());
        assertThat(converted).as("LibreOffice converted the file: " + output).exists();
        return converted;
    }

    @Test
    @DisplayName(
            "R-O3 a register opened in LibreOffice: the totals row holds SUM formulas whose recomputed values equal the ledger")
    void totalsAreFormulasThatRecompute() throws Exception {
        BigDecimal[] amounts = {new BigDecimal("12000.50"), new BigDecimal("3456.78"), new BigDecimal("0.72")};
        RegisterWorkbook register = RegisterWorkbook.create("分包商质保金", "设备供货厂商质保金管理登记表", COLUMNS, "合计");
        for (int i = 0; i < amounts.length; i++) {
            register.addRow("WTP-2025-00" + i, "上海磁悬浮风机股份有限公司", LocalDate.of(2026, 3, 1 + i), amounts[i], "鼓风机轴承损坏");
        }
        Path file = write("register.xlsx", register);

        try (InputStream in = Files.newInputStream(recalculatedByLibreOffice(file));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("分包商质保金");
            Cell total = sheet.getRow(2 + amounts.length).getCell(3);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).isEqualTo("SUM(D3:D5)");
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
        }
    }

    @Test
    @DisplayName("R-O3 user text that starts with = + - @ is written as text, never as a formula")
    void formulaLikeTextStaysText() throws Exception {
        RegisterWorkbook register = RegisterWorkbook.create("登记表", "登记表", COLUMNS, "合计");
        register.addRow("=1+1", "+SUM(A1)", LocalDate.of(2026, 1, 1), new BigDecimal("1.00"), "@cmd|' /C calc'!A0");
        register.addRow("-2", "正常文本", null, null, "=HYPERLINK(\"http://example.com\")");
        Path file = write("injection.xlsx", register);

        try (InputStream in = Files.newInputStream(recalculatedByLibreOffice(file));
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
            "R-O3 registers stream: frozen header, auto-filter, A4 landscape with the header repeated, no temporary files left")
    void layoutAndNoTemporaryFiles() throws Exception {
        long before = poiTempFiles();
        RegisterWorkbook register =
                RegisterWorkbook.create("Register", "Project retention receivable", COLUMNS, "Total");
        for (int i = 0; i < 5000; i++) {
            register.addRow("P" + i, "Supplier", LocalDate.of(2026, 1, 1), new BigDecimal("1.00"), "cause");
        }
        Path file = write("layout.xlsx", register);

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
