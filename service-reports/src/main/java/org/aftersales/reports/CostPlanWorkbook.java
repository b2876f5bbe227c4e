package org.aftersales.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import org.aftersales.costplan.CostPlanSummary;
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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One project's after-sales cost plan as the company's form, 售后服务费用计划书 (R-C1 … R-C3, R-O3): the title, the
 * project's facts, one line per cost category with planned amount, approved supplements, actual costs and variance,
 * a totals row, and the approval block (drafted / submitted / approved by — people by their display names — with
 * dates). Variances and totals are formulas, so the sheet stays right when someone edits an amount in it, and each
 * carries its computed value, so a spreadsheet that never recalculates shows the right figures too. Columns fit their
 * widest text counted in East Asian Width units (full-width 2, half-width 1, plus padding); text in merged cells wraps
 * onto rows tall enough for all its lines. Amount headers are right-aligned like their figures. A4 portrait, fit to
 * the page width.
 *
 * <p>Labels come from the caller's resource bundle through {@code text} (keys {@code costPlan.workbook.*},
 * {@code costPlan.*}, {@code CostCategory.*}, {@code CostPlanState.*}), so the sheet is in the user's language. Text a
 * user typed that starts with {@code = + - @} is written as text, never as a formula.
 */
public final class CostPlanWorkbook {

    /** Columns of the lines table. */
    private static final int CATEGORY = 0;

    private static final int PLANNED = 1;
    private static final int SUPPLEMENTS = 2;
    private static final int ACTUAL = 3;
    private static final int VARIANCE = 4;
    private static final int NOTE = 5;
    private static final int COLUMNS = 6;

    private final CostPlanSummary plan;
    private final Function<String, String> text;
    private final ZoneId zone;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle plain;
    private final CellStyle quoted;
    private final CellStyle label;
    private final CellStyle header;
    private final CellStyle amountHeader;
    private final CellStyle money;
    private final CellStyle totalLabel;
    private final CellStyle totalMoney;
    private final CellStyle date;
    private int nextRow;

    /** The row (0-based) of the first category line: the totals sum from it. */
    private int firstLineRow;

    /** Column widths in East Asian Width units, grown to the widest text of each column. */
    private final int[] widths = {10, 10, 10, 10, 10, 24};

    /** Text in cells that wrap (merged or narrow): the row's height is set to show all its lines. */
    private final java.util.List<Wrapped> wrapped = new java.util.ArrayList<>();

    private record Wrapped(int row, int firstColumn, int lastColumn, String text) {}

    /** The widest a column gets; longer text wraps onto more lines of a taller row. */
    private static final int MAX_WIDTH = 40;

    private static final int PADDING = 2;

    private static final float LINE_HEIGHT_POINTS = 16;

    private CostPlanWorkbook(CostPlanSummary plan, Function<String, String> text, ZoneId zone) {
        this.plan = plan;
        this.text = text;
        this.zone = zone;
        this.sheet = workbook.createSheet(safeSheetName(text.apply("costPlan.workbook.sheet")));
        plain = bordered(workbook.createCellStyle());
        plain.setWrapText(true);
        quoted = bordered(workbook.createCellStyle());
        quoted.setQuotePrefixed(true);
        quoted.setWrapText(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        label = bordered(workbook.createCellStyle());
        label.setFont(bold);
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header = bordered(workbook.createCellStyle());
        header.cloneStyleFrom(label);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        amountHeader = bordered(workbook.createCellStyle());
        amountHeader.cloneStyleFrom(header);
        amountHeader.setAlignment(HorizontalAlignment.RIGHT);
        short yuan = workbook.createDataFormat().getFormat("\"¥\"#,##0.00");
        money = bordered(workbook.createCellStyle());
        money.setDataFormat(yuan);
        money.setAlignment(HorizontalAlignment.RIGHT);
        totalLabel = bordered(workbook.createCellStyle());
        totalLabel.setFont(bold);
        totalMoney = bordered(workbook.createCellStyle());
        totalMoney.cloneStyleFrom(money);
        totalMoney.setFont(bold);
        date = bordered(workbook.createCellStyle());
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setAlignment(HorizontalAlignment.LEFT);
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /**
     * Writes the workbook of {@code plan} to {@code out}.
     *
     * @param text the caller's bundle: key → text in the user's language
     * @param zone the zone in which the approval instants are shown as days
     */
    public static void write(CostPlanSummary plan, Function<String, String> text, ZoneId zone, OutputStream out) {
        CostPlanWorkbook book = new CostPlanWorkbook(plan, text, zone);
        book.layOut();
        try (XSSFWorkbook workbook = book.workbook) {
            // Every formula cell carries its computed value: a spreadsheet that does not recalculate on opening
            // (LibreOffice's default for .xlsx, WPS, Excel's protected view, mail previews) shows the right figures.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void layOut() {
        title();
        nextRow++;
        facts();
        nextRow++;
        lines();
        nextRow++;
        approval();
        for (int i = 0; i < COLUMNS; i++) {
            sheet.setColumnWidth(i, (Math.min(MAX_WIDTH, widths[i]) + PADDING) * 256 + 182);
        }
        fitRowHeights();
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        workbook.setPrintArea(0, 0, COLUMNS - 1, 0, nextRow - 1);
    }

    /** Rows whose text wraps get the height of all its lines, so nothing is cut (a row is one line high otherwise). */
    private void fitRowHeights() {
        java.util.Map<Integer, Integer> lines = new java.util.HashMap<>();
        for (Wrapped cell : wrapped) {
            int width = 0;
            for (int i = cell.firstColumn(); i <= cell.lastColumn(); i++) {
                width += Math.min(MAX_WIDTH, widths[i]) + PADDING;
            }
            int usable = Math.max(1, width - 1);
            int count = 0;
            for (String line : cell.text().split("\\R", -1)) {
                count += Math.max(1, (RegisterWorkbook.displayWidth(line) + usable - 1) / usable);
            }
            lines.merge(cell.row(), count, Math::max);
        }
        lines.forEach((row, count) -> {
            if (count > 1) {
                sheet.getRow(row).setHeightInPoints(count * LINE_HEIGHT_POINTS);
            }
        });
    }

    /** Grows {@code column} to fit {@code text}, or notes that the text wraps in the cell's columns. */
    private void fit(int row, int firstColumn, int lastColumn, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int width = 0;
        for (String line : text.split("\\R", -1)) {
            width = Math.max(width, RegisterWorkbook.displayWidth(line));
        }
        if (firstColumn == lastColumn && width <= MAX_WIDTH && !text.contains("\n")) {
            widths[firstColumn] = Math.max(widths[firstColumn], width);
        } else {
            wrapped.add(new Wrapped(row, firstColumn, lastColumn, text));
        }
    }

    private void title() {
        Row row = sheet.createRow(nextRow);
        row.setHeightInPoints(28);
        Cell cell = row.createCell(0);
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 16);
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        cell.setCellStyle(style);
        cell.setCellValue(text.apply("costPlan.workbook.title"));
        sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, COLUMNS - 1));
        nextRow++;
    }

    /** Two label/value pairs per row: A:B and D:F (C belongs to the first value). */
    private void facts() {
        fact("costPlan.workbook.projectCode", plan.projectCode(), "costPlan.workbook.projectName", plan.projectName());
        fact(
                "costPlan.workbook.owner",
                plan.ownerName(),
                "costPlan.workbook.provisionalHandoverDate",
                plan.provisionalHandoverDate());
        String state = text.apply("CostPlanState." + plan.state());
        if (plan.overdue()) {
            state = state + " (" + text.apply("costPlan.overdue") + ")";
        }
        fact("costPlan.workbook.dueDate", plan.dueDate(), "costPlan.workbook.state", state);
    }

    private void fact(String firstLabel, Object firstValue, String secondLabel, Object secondValue) {
        Row row = sheet.createRow(nextRow);
        labelCell(row, 0, firstLabel);
        valueCell(row, 1, firstValue);
        fit(nextRow, 1, 2, firstValue instanceof LocalDate ? "2026-12-31" : String.valueOf(firstValue));
        row.createCell(2).setCellStyle(plain);
        sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 1, 2));
        labelCell(row, 3, secondLabel);
        valueCell(row, 4, secondValue);
        fit(nextRow, 4, 5, secondValue instanceof LocalDate ? "2026-12-31" : String.valueOf(secondValue));
        row.createCell(5).setCellStyle(plain);
        sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 4, 5));
        nextRow++;
    }

    private void lines() {
        Row head = sheet.createRow(nextRow++);
        String[] keys = {
            "costPlan.category",
            "costPlan.planned",
            "costPlan.supplements",
            "costPlan.actual",
            "costPlan.variance",
            "costPlan.note"
        };
        for (int i = 0; i < COLUMNS; i++) {
            Cell cell = head.createCell(i);
            cell.setCellStyle(i >= PLANNED && i <= VARIANCE ? amountHeader : header);
            cell.setCellValue(text.apply(keys[i]));
            fit(head.getRowNum(), i, i, text.apply(keys[i]));
        }
        firstLineRow = nextRow;
        for (CostPlanSummary.Line line : plan.lines()) {
            Row row = sheet.createRow(nextRow);
            int excelRow = nextRow + 1;
            textCell(row, CATEGORY, text.apply("CostCategory." + line.category()));
            fit(nextRow, CATEGORY, CATEGORY, text.apply("CostCategory." + line.category()));
            moneyCell(row, PLANNED, line.planned().amount().doubleValue());
            moneyCell(row, SUPPLEMENTS, line.supplements().amount().doubleValue());
            moneyCell(row, ACTUAL, line.actual().amount().doubleValue());
            Cell variance = row.createCell(VARIANCE);
            variance.setCellStyle(money);
            variance.setCellFormula("B" + excelRow + "+C" + excelRow + "-D" + excelRow);
            textCell(row, NOTE, line.note());
            fit(nextRow, NOTE, NOTE, line.note());
            nextRow++;
        }
        int lastLineRow = nextRow - 1;
        Row totals = sheet.createRow(nextRow++);
        Cell labelCell = totals.createCell(CATEGORY);
        labelCell.setCellStyle(totalLabel);
        labelCell.setCellValue(text.apply("costPlan.total"));
        fit(totals.getRowNum(), CATEGORY, CATEGORY, text.apply("costPlan.total"));
        // the widest figure of the amount columns: the largest magnitude among lines and totals, with a minus sign
        java.math.BigDecimal widest = java.math.BigDecimal.ZERO;
        for (CostPlanSummary.Line line : plan.lines()) {
            for (java.math.BigDecimal amount : new java.math.BigDecimal[] {
                line.planned().amount(),
                line.supplements().amount(),
                line.actual().amount(),
                line.variance().amount()
            }) {
                widest = widest.max(amount.abs());
            }
        }
        for (java.math.BigDecimal amount : new java.math.BigDecimal[] {
            plan.plannedTotal().amount(),
            plan.supplementsTotal().amount(),
            plan.actualTotal().amount(),
            plan.varianceTotal().amount()
        }) {
            widest = widest.max(amount.abs());
        }
        for (int column = PLANNED; column <= VARIANCE; column++) {
            widths[column] = Math.max(widths[column], RegisterWorkbook.moneyWidth(widest));
        }
        for (int column = PLANNED; column <= VARIANCE; column++) {
            Cell cell = totals.createCell(column);
            cell.setCellStyle(totalMoney);
            String letter = String.valueOf((char) ('A' + column));
            cell.setCellFormula("SUM(" + letter + (firstLineRow + 1) + ":" + letter + (lastLineRow + 1) + ")");
        }
        totals.createCell(NOTE).setCellStyle(totalLabel);
    }

    private void approval() {
        Row head = sheet.createRow(nextRow++);
        String[] keys = {"costPlan.workbook.step", "costPlan.workbook.person", "costPlan.workbook.date"};
        for (int i = 0; i < keys.length; i++) {
            Cell cell = head.createCell(i);
            cell.setCellStyle(header);
            cell.setCellValue(text.apply(keys[i]));
            fit(head.getRowNum(), i, i, text.apply(keys[i]));
        }
        approvalRow("costPlan.workbook.draftedBy", plan.draftedBy(), plan.draftedAt());
        approvalRow("costPlan.workbook.submittedBy", plan.submittedBy(), plan.submittedAt());
        String decision = plan.state() == org.aftersales.costplan.CostPlanState.REJECTED
                ? "costPlan.workbook.rejectedBy"
                : "costPlan.workbook.approvedBy";
        boolean decided = plan.state() == org.aftersales.costplan.CostPlanState.APPROVED
                || plan.state() == org.aftersales.costplan.CostPlanState.REJECTED;
        approvalRow(decision, decided ? plan.decidedBy() : null, decided ? plan.decidedAt() : null);
        if (plan.rejectionReason() != null && plan.state() == org.aftersales.costplan.CostPlanState.REJECTED) {
            Row row = sheet.createRow(nextRow);
            labelCell(row, 0, "costPlan.rejectionReason");
            textCell(row, 1, plan.rejectionReason());
            fit(nextRow, 1, COLUMNS - 1, plan.rejectionReason());
            for (int i = 2; i < COLUMNS; i++) {
                row.createCell(i).setCellStyle(plain);
            }
            sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 1, COLUMNS - 1));
            nextRow++;
        }
    }

    private void approvalRow(String key, String person, Instant at) {
        Row row = sheet.createRow(nextRow);
        labelCell(row, 0, key);
        textCell(row, 1, person);
        fit(nextRow, 1, 1, person);
        fit(nextRow, 2, 2, at == null ? null : "2026-12-31");
        nextRow++;
        valueCell(row, 2, at == null ? null : LocalDate.ofInstant(at, zone));
    }

    private void labelCell(Row row, int column, String key) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(label);
        cell.setCellValue(text.apply(key));
        fit(row.getRowNum(), column, column, text.apply(key));
    }

    private void valueCell(Row row, int column, Object value) {
        if (value instanceof LocalDate day) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(date);
            cell.setCellValue(day);
        } else {
            textCell(row, column, value == null ? null : value.toString());
        }
    }

    private void textCell(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(plain);
        if (value == null) {
            return;
        }
        if (RegisterWorkbook.looksLikeAFormula(value)) {
            cell.setCellStyle(quoted);
        }
        cell.setCellValue(value);
    }

    private void moneyCell(Row row, int column, double amount) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(money);
        cell.setCellValue(amount);
    }

    /** Excel forbids some characters in sheet names and allows 31 characters. */
    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
