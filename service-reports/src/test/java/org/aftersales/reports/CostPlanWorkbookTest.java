package org.aftersales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aftersales.cost.CostCategory;
import org.aftersales.costplan.CostPlanState;
import org.aftersales.costplan.CostPlanSummary;
import org.aftersales.shared.Money;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 售后服务费用计划书 workbook opened as a spreadsheet user would who never recalculates: LibreOffice (headless, set
 * to never recalculate .xlsx on loading) renders it to PDF and the figures and names shown there are compared with the
 * plan; the file itself is read with POI, which reads the values stored with the formulas (see {@link LibreOfficeView}).
 */
class CostPlanWorkbookTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path folder;

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("costPlan.workbook.sheet", "费用计划书"),
            Map.entry("costPlan.workbook.title", "售后服务费用计划书"),
            Map.entry("costPlan.total", "合计"),
            Map.entry("costPlan.category", "费用类别"),
            Map.entry("costPlan.planned", "计划金额"),
            Map.entry("CostCategory.LABOUR", "人工费"),
            Map.entry("CostCategory.TRAVEL", "差旅费"),
            Map.entry("CostPlanState.APPROVED", "已批准"),
            Map.entry("costPlan.workbook.approvedBy", "批准人"));

    private static final Function<String, String> TEXT = key -> ZH.getOrDefault(key, key);

    private static CostPlanSummary plan(String note) {
        List<CostPlanSummary.Line> lines = new ArrayList<>();
        String[][] amounts = {
            {"20000.50", "0.00", "13600.00"},
            {"6000.00", "800.00", "7639.50"},
            {"3000.00", "0.00", "0.00"},
            {"0.00", "3500.00", "3350.00"},
            {"0.00", "0.00", "0.00"},
            {"1200.25", "0.00", "99.99"}
        };
        CostCategory[] categories = CostCategory.values();
        for (int i = 0; i < categories.length; i++) {
            lines.add(new CostPlanSummary.Line(
                    categories[i],
                    Money.of(amounts[i][0]),
                    i == 0 ? note : null,
                    Money.of(amounts[i][1]),
                    Money.of(amounts[i][2])));
        }
        Instant at = Instant.parse("2026-03-12T02:00:00Z");
        return new CostPlanSummary(
                1,
                3,
                7,
                "WTP-2024-002",
                "=滨江再生水厂提标改造工程",
                "滨江市排水管理处",
                LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 2, 28),
                CostPlanState.APPROVED,
                false,
                lines,
                List.of(),
                "王售后（售后服务专责）",
                at,
                "王售后（售后服务专责）",
                at,
                "张分管",
                Instant.parse("2026-03-13T01:00:00Z"),
                null);
    }

    private Path write(CostPlanSummary plan) throws Exception {
        Path file = folder.resolve("cost-plan.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            CostPlanWorkbook.write(plan, TEXT, SHANGHAI, out);
        }
        return file;
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && text.equals(first.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + text);
    }

    private static BigDecimal value(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    @DisplayName(
            "R-C3 售后服务费用计划书 opened in LibreOffice without recalculation shows totals and variances equal to the lines, and whole names")
    void totalsAreFormulasEqualToTheLines() throws Exception {
        CostPlanSummary plan = plan("2 人 × 10 天");
        Path file = write(plan);

        String shown = LibreOfficeView.shownText(file, folder);
        // planned 30 200.75, supplements 4 300.00, actual 24 689.49, variance 9 811.26; labour's variance
        // 20 000.50 + 0 − 13 600.00 = 6 400.50 — all computed by hand from the lines above
        assertThat(shown).contains("¥30,200.75", "¥4,300.00", "¥24,689.49", "¥9,811.26", "¥6,400.50");
        assertThat(shown).as("the submitter's whole display name on one line").contains("王售后（售后服务专责）");
        assertThat(shown).contains("张分管", "计划金额", "费用类别");
        assertThat(shown).as("no figure too wide for its column").doesNotContain("###");

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("费用计划书");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("售后服务费用计划书");
            Row header = rowStartingWith(sheet, "费用类别");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("计划金额");
            Row labour = rowStartingWith(sheet, "人工费");
            assertThat(labour.getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(labour.getCell(4).getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(header.getCell(1).getCellStyle().getAlignment())
                    .as("amount header aligned like its figures")
                    .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            assertThat(labour.getCell(1).getCellStyle().getAlignment())
                    .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            assertThat(value(labour.getCell(4))).isEqualByComparingTo("6400.50");
            Row totals = rowStartingWith(sheet, "合计");
            int first = header.getRowNum() + 2;
            int last = totals.getRowNum();
            String[] letters = {"B", "C", "D", "E"};
            BigDecimal[] expected = {
                plan.plannedTotal().amount(),
                plan.supplementsTotal().amount(),
                plan.actualTotal().amount(),
                plan.varianceTotal().amount()
            };
            for (int i = 0; i < letters.length; i++) {
                Cell total = totals.getCell(i + 1);
                assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(total.getCellFormula())
                        .isEqualTo("SUM(" + letters[i] + first + ":" + letters[i] + last + ")");
                assertThat(value(total)).as("total of column " + letters[i]).isEqualByComparingTo(expected[i]);
            }
            assertThat(value(totals.getCell(1))).isEqualByComparingTo("30200.75");
            assertThat(value(totals.getCell(4))).isEqualByComparingTo("9811.26");
            assertThat(labour.getCell(1).getCellStyle().getDataFormatString())
                    .contains("¥")
                    .contains("0.00");
            assertThat(rowStartingWith(sheet, "批准人").getCell(1).getStringCellValue())
                    .isEqualTo("张分管");
            assertThat(rowStartingWith(sheet, "批准人")
                            .getCell(2)
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 13));
        }
    }

    @Test
    @DisplayName("R-C1 the cost plan workbook: A4 portrait fit to width; user text starting with = + - @ stays text")
    void printSetupAndFormulaLikeText() throws Exception {
        Path file = write(plan("+1 人次 @现场"));

        assertThat(LibreOfficeView.shownText(file, folder)).contains("+1 人次 @现场", "=滨江再生水厂提标改造工程");
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getFitToPage()).isTrue();
            Row labour = rowStartingWith(sheet, "人工费");
            assertThat(labour.getCell(5).getCellType()).isEqualTo(CellType.STRING);
            assertThat(labour.getCell(5).getStringCellValue()).isEqualTo("+1 人次 @现场");
            Cell name = sheet.getRow(2).getCell(4);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=滨江再生水厂提标改造工程");
        }
    }
}
