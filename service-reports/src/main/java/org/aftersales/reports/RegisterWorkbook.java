package org.aftersales.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A register as an Excel sheet a finance clerk can work with (R-O3): a title row, one header row (frozen, with an
 * auto-filter, repeated on every printed page), one row per entry, and a totals row whose cells are SUM formulas —
 * so the spreadsheet recomputes them. A4 landscape, fit to the page width. Column widths are fixed: auto-sizing over
 * all rows is slow and measures Chinese wrongly on servers without CJK fonts.
 *
 * <p>Streams: only a small window of rows is in memory, so a million rows fit in a 256 MB heap; the temporary files
 * are removed when the workbook is written or closed. Text that starts with {@code = + - @} is written as text with a
 * quote prefix, never as a formula.
 *
 * <p>Usage: {@code create(…)}, {@link #addRow} per entry, then {@link #writeTo}; always close.
 */
public final class RegisterWorkbook implements AutoCloseable {

    /** How a column's values are written. */
    public enum ColumnType {
        TEXT,
        /** Yuan with two decimals, "¥1,234.56", right-aligned; summed in the totals row. */
        MONEY,
        DATE,
        INTEGER
    }

    /**
     * @param widthChars the column width in characters (a Chinese character counts about two)
     * @param totalled whether the totals row sums this column (MONEY and INTEGER only)
     */
    public record Column(String header, ColumnType type, int widthChars, boolean totalled) {

        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(type, "type");
        }

        public static Column text(String header, int width) {
            return new Column(header, ColumnType.TEXT, width, false);
        }

        public static Column money(String header, int width) {
            return new Column(header, ColumnType.MONEY, width, true);
        }

        public static Column date(String header) {
            return new Column(header, ColumnType.DATE, 12, false);
        }

        public static Column integer(String header, int width, boolean totalled) {
            return new Column(header, ColumnType.INTEGER, width, totalled);
        }
    }

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;
    private static final int FIRST_DATA_ROW = 2;

    private final StreamingWorkbook workbook = new StreamingWorkbook();
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final String totalLabel;
    private final CellStyle[] styles;
    private final CellStyle textStyle;
    private final CellStyle quotedTextStyle;
    private final CellStyle headerStyle;
    private final CellStyle totalStyle;
    private final CellStyle totalMoneyStyle;
    private int nextRow = FIRST_DATA_ROW;

    private RegisterWorkbook(String sheetName, String title, List<Column> columns, String totalLabel) {
        this.columns = List.copyOf(columns);
        this.totalLabel = totalLabel;
        this.sheet = workbook.createSheet(sheetName);
        textStyle = workbook.createCellStyle();
        quotedTextStyle = workbook.createCellStyle();
        quotedTextStyle.setQuotePrefixed(true);
        CellStyle moneyStyle = workbook.createCellStyle();
        moneyStyle.setDataFormat(workbook.createDataFormat().getFormat("\"¥\"#,##0.00"));
        moneyStyle.setAlignment(HorizontalAlignment.RIGHT);
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle integerStyle = workbook.createCellStyle();
        integerStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        headerStyle.setWrapText(true);
        totalStyle = workbook.createCellStyle();
        totalStyle.setFont(bold);
        totalStyle.setBorderTop(BorderStyle.THIN);
        totalMoneyStyle = workbook.createCellStyle();
        totalMoneyStyle.cloneStyleFrom(moneyStyle);
        totalMoneyStyle.setFont(bold);
        totalMoneyStyle.setBorderTop(BorderStyle.THIN);
        styles = new CellStyle[this.columns.size()];
        for (int i = 0; i < styles.length; i++) {
            Column column = this.columns.get(i);
            styles[i] = switch (column.type()) {
                case TEXT -> textStyle;
                case MONEY -> moneyStyle;
                case DATE -> dateStyle;
                case INTEGER -> integerStyle;
            };
            sheet.setColumnWidth(i, Math.min(255, Math.max(4, column.widthChars())) * 256);
        }
        Row titleRow = sheet.createRow(TITLE_ROW);
        Cell titleCell = titleRow.createCell(0);
        CellStyle titleStyle = workbook.createCellStyle();
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        titleStyle.setFont(titleFont);
        titleCell.setCellStyle(titleStyle);
        titleCell.setCellValue(title);
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < styles.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellStyle(headerStyle);
            cell.setCellValue(this.columns.get(i).header());
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, styles.length - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /**
     * @param sheetName the sheet's tab name (Chinese is fine; at most 31 characters)
     * @param totalLabel the label of the totals row ("合计" / "Total")
     */
    public static RegisterWorkbook create(String sheetName, String title, List<Column> columns, String totalLabel) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a register has columns");
        }
        return new RegisterWorkbook(sheetName, title, columns, totalLabel);
    }

    /** One register entry; values in column order: String, BigDecimal (money), LocalDate, Number or null. */
    public void addRow(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < styles.length; i++) {
            Object value = i < values.length ? values[i] : null;
            Cell cell = row.createCell(i);
            // An explicit style on every cell: POI otherwise looks up the column's style for each unstyled cell.
            cell.setCellStyle(styles[i]);
            if (value == null) {
                continue;
            }
            if (value instanceof BigDecimal amount) {
                cell.setCellValue(amount.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
            } else {
                String text = value.toString();
                if (looksLikeAFormula(text)) {
                    cell.setCellStyle(quotedTextStyle);
                }
                cell.setCellValue(text);
            }
        }
    }

    /** Text a spreadsheet would take for a formula (and formula injection): = + - @ at its start. */
    static boolean looksLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    public int rowCount() {
        return nextRow - FIRST_DATA_ROW;
    }

    /** Adds the totals row (SUM formulas) and the auto-filter, writes the .xlsx and removes the temporary files. */
    public void writeTo(OutputStream out) {
        int lastDataRow = nextRow - 1;
        Row totals = sheet.createRow(nextRow);
        for (int i = 0; i < styles.length; i++) {
            Column column = columns.get(i);
            Cell cell = totals.createCell(i);
            cell.setCellStyle(column.type() == ColumnType.MONEY ? totalMoneyStyle : totalStyle);
            if (i == 0) {
                cell.setCellValue(totalLabel);
            } else if (column.totalled() && lastDataRow >= FIRST_DATA_ROW) {
                String letter = CellReference.convertNumToColString(i);
                cell.setCellFormula("SUM(" + letter + (FIRST_DATA_ROW + 1) + ":" + letter + (lastDataRow + 1) + ")");
            } else if (column.totalled()) {
                cell.setCellValue(0);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastDataRow), 0, styles.length - 1));
        // The totals have no computed value in the file: ask the spreadsheet to compute everything on opening.
        workbook.setForceFormulaRecalculation(true);
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
