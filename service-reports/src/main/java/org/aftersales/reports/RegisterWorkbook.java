package org.aftersales.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A register as an Excel sheet a finance clerk can work with (R-O3): a title row, one header row (frozen, with an
 * auto-filter, repeated on every printed page), one row per entry, and a totals row whose cells are SUM formulas that
 * carry their computed value — so a spreadsheet that never recalculates (LibreOffice's default for .xlsx, WPS, Excel's
 * protected view, mail previews, the ERP's import) shows the right totals, and one that does recomputes them. A4
 * landscape, fit to the page width. Amount, number and date headers are right-aligned like their figures.
 *
 * <p>Streams: the workbook is written into the caller's stream as the rows are added — the first bytes leave with the
 * header, no row is kept, no temporary file is made, so a million rows fit in a small heap. Column widths are
 * therefore decided before the rows: the caller gives each column the width of its longest value (for a streamed
 * register from a database aggregate), counted in East Asian Width units ({@link #displayWidth}: full-width 2,
 * half-width 1); the column fits that and its header, plus padding. Text that starts with {@code = + - @} is written as
 * text with a quote prefix, never as a formula.
 *
 * <p>Usage: {@code open(out, …)}, {@link #addRow} per entry, then {@link #finish}.
 */
public final class RegisterWorkbook {

    /** How a column's values are written. */
    public enum ColumnType {
        TEXT,
        /** Yuan with two decimals, "¥1,234.56", right-aligned; summed in the totals row. */
        MONEY,
        DATE,
        INTEGER
    }

    /** The widest a text column gets; longer text wraps within it. */
    static final int MAX_TEXT_WIDTH = 60;

    /** Padding around the widest text of a column, in half-width characters. */
    static final int PADDING = 2;

    /**
     * @param widthChars the column width in half-width characters (a Chinese character counts two)
     * @param totalled whether the totals row sums this column (MONEY and INTEGER only)
     */
    public record Column(String header, ColumnType type, int widthChars, boolean totalled) {

        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(type, "type");
        }

        /** A text column as wide as its header or its longest value (in {@link #displayWidth} units), whichever wider. */
        public static Column text(String header, int longestValueWidth) {
            return new Column(header, ColumnType.TEXT, fit(header, longestValueWidth), false);
        }

        /**
         * A money column wide enough for {@code widest} (the largest magnitude among its values and its total)
         * formatted as "¥1,234.56" with a minus sign.
         */
        public static Column money(String header, BigDecimal widest) {
            return new Column(header, ColumnType.MONEY, fit(header, moneyWidth(widest)), true);
        }

        public static Column date(String header) {
            return new Column(header, ColumnType.DATE, fit(header, "2026-12-31".length()), false);
        }

        /** An integer column wide enough for {@code widest} with thousands separators. */
        public static Column integer(String header, long widest, boolean totalled) {
            return new Column(header, ColumnType.INTEGER, fit(header, groupedWidth(Math.abs(widest)) + 1), totalled);
        }

        private static int fit(String header, int longestValueWidth) {
            int widest = Math.max(displayWidth(header), Math.max(0, longestValueWidth));
            return Math.max(widest, 4) + PADDING;
        }
    }

    /**
     * The width of {@code text} in East Asian Width units: 2 for a wide or full-width character (Chinese, Japanese,
     * Korean, full-width forms and punctuation such as "（"), 1 for any other.
     */
    public static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int code = text.codePointAt(i);
            width += isWide(code) ? 2 : 1;
            i += Character.charCount(code);
        }
        return width;
    }

    static boolean isWide(int code) {
        return (code >= 0x1100 && code <= 0x115F)
                || (code >= 0x2E80 && code <= 0x303E)
                || (code >= 0x3041 && code <= 0x33FF)
                || (code >= 0x3400 && code <= 0x4DBF)
                || (code >= 0x4E00 && code <= 0x9FFF)
                || (code >= 0xA000 && code <= 0xA4CF)
                || (code >= 0xAC00 && code <= 0xD7A3)
                || (code >= 0xF900 && code <= 0xFAFF)
                || (code >= 0xFE30 && code <= 0xFE4F)
                || (code >= 0xFF00 && code <= 0xFF60)
                || (code >= 0xFFE0 && code <= 0xFFE6)
                || (code >= 0x20000 && code <= 0x3FFFD);
    }

    /** The width of an amount shown as "-¥1,234,567.89". */
    static int moneyWidth(BigDecimal amount) {
        if (amount == null) {
            return 0;
        }
        long yuan = amount.abs().setScale(0, RoundingMode.DOWN).longValueExact();
        return 1 + 1 + groupedWidth(yuan) + 3;
    }

    private static int groupedWidth(long value) {
        int digits = Long.toString(value).length();
        return digits + (digits - 1) / 3;
    }

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;
    private static final int FIRST_DATA_ROW = 2;

    // The cell formats of styles.xml, by index.
    private static final int S_TEXT = 0;
    private static final int S_QUOTED = 1;
    private static final int S_MONEY = 2;
    private static final int S_DATE = 3;
    private static final int S_INTEGER = 4;
    private static final int S_HEADER = 5;
    private static final int S_HEADER_RIGHT = 6;
    private static final int S_TOTAL = 7;
    private static final int S_TOTAL_MONEY = 8;
    private static final int S_TITLE = 9;
    private static final int S_TOTAL_INTEGER = 10;
    private static final int S_WRAPPED = 11;
    private static final int S_QUOTED_WRAPPED = 12;

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"" + XlsxSheetStream.MAIN + "\">"
            + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"&quot;¥&quot;#,##0.00\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"yyyy\\-mm\\-dd\"/><numFmt numFmtId=\"166\" formatCode=\"#,##0\"/>"
            + "</numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFC0C0C0\"/><bgColor indexed=\"64\"/>"
            + "</patternFill></fill></fills>"
            + "<borders count=\"3\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border>"
            + "<border><left/><right/><top style=\"thin\"><color indexed=\"64\"/></top><bottom/><diagonal/></border>"
            + "</borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"13\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyAlignment=\"1\"><alignment horizontal=\"right\"/></xf>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyAlignment=\"1\"><alignment horizontal=\"right\"/></xf>"
            + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyAlignment=\"1\"><alignment horizontal=\"right\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"center\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"right\" vertical=\"center\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"2\" xfId=\"0\" applyFont=\"1\""
            + " applyBorder=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"2\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"right\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"166\" fontId=\"1\" fillId=\"0\" borderId=\"2\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"right\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\""
            + " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private final XlsxSheetStream xlsx;
    private final String sheetName;
    private final List<Column> columns;
    private final String totalLabel;
    private final ColumnType[] types;
    private final int[] textStyles;
    private final int[] quotedStyles;
    private final BigDecimal[] sums;
    private int nextRow = FIRST_DATA_ROW;
    private boolean finished;

    private RegisterWorkbook(
            OutputStream out, String sheetName, String title, Supplier<List<Column>> columnsLater, String totalLabel)
            throws IOException {
        this.sheetName = safeSheetName(sheetName);
        this.totalLabel = totalLabel;
        xlsx = new XlsxSheetStream(out);
        xlsx.part("[Content_Types].xml", CONTENT_TYPES);
        xlsx.part("_rels/.rels", PACKAGE_RELS);
        xlsx.part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        xlsx.part("xl/styles.xml", STYLES);
        // The first bytes leave now, before the columns are measured (a database aggregate) and the rows read.
        xlsx.flush();
        this.columns = List.copyOf(columnsLater.get());
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a register has columns");
        }
        int count = this.columns.size();
        xlsx.columns(count);
        types = new ColumnType[count];
        textStyles = new int[count];
        quotedStyles = new int[count];
        sums = new BigDecimal[count];
        for (int i = 0; i < count; i++) {
            Column column = this.columns.get(i);
            types[i] = column.type();
            boolean wraps = column.widthChars() > MAX_TEXT_WIDTH;
            textStyles[i] = wraps ? S_WRAPPED : S_TEXT;
            quotedStyles[i] = wraps ? S_QUOTED_WRAPPED : S_QUOTED;
            if (column.totalled()) {
                sums[i] = BigDecimal.ZERO;
            }
        }
        xlsx.beginPart("xl/worksheets/sheet1.xml");
        StringBuilder head = new StringBuilder(1024)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
                .append(XlsxSheetStream.MAIN)
                .append("\" xmlns:r=\"")
                .append(XlsxSheetStream.RELS)
                .append("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                .append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">")
                .append("<pane ySplit=\"")
                .append(FIRST_DATA_ROW)
                .append("\" topLeftCell=\"A")
                .append(FIRST_DATA_ROW + 1)
                .append("\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < count; i++) {
            int width = Math.min(MAX_TEXT_WIDTH, this.columns.get(i).widthChars());
            head.append("<col min=\"")
                    .append(i + 1)
                    .append("\" max=\"")
                    .append(i + 1)
                    .append("\" width=\"")
                    .append(width)
                    .append(".7109375\" customWidth=\"1\"/>");
        }
        head.append("</cols><sheetData>");
        xlsx.ascii(head.toString());
        xlsx.row(TITLE_ROW, 21);
        xlsx.text(0, S_TITLE, title);
        xlsx.endRow();
        xlsx.row(HEADER_ROW);
        for (int i = 0; i < count; i++) {
            xlsx.text(
                    i,
                    types[i] == ColumnType.TEXT ? S_HEADER : S_HEADER_RIGHT,
                    this.columns.get(i).header());
        }
        xlsx.endRow();
        // the header leaves before the first row is read
        xlsx.flush();
    }

    /**
     * Starts a register in {@code out}: the package's first parts, the title and the header are written at once.
     *
     * @param sheetName the sheet's tab name (Chinese is fine; at most 31 characters)
     * @param totalLabel the label of the totals row ("合计" / "Total")
     */
    public static RegisterWorkbook open(
            OutputStream out, String sheetName, String title, List<Column> columns, String totalLabel) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a register has columns");
        }
        return open(out, sheetName, title, () -> columns, totalLabel);
    }

    /**
     * Starts a register in {@code out} whose columns take time to decide (a database aggregate of the widest values):
     * the package's first parts are written and flushed before {@code columns} is asked, then the title and header.
     */
    public static RegisterWorkbook open(
            OutputStream out, String sheetName, String title, Supplier<List<Column>> columns, String totalLabel) {
        try {
            return new RegisterWorkbook(out, sheetName, title, columns, totalLabel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One register entry; values in column order: String, BigDecimal (money), LocalDate, Number or null. */
    public void addRow(Object... values) {
        if (finished) {
            throw new IllegalStateException("the register is finished");
        }
        try {
            xlsx.row(nextRow++);
            int count = Math.min(values.length, types.length);
            for (int i = 0; i < count; i++) {
                Object value = values[i];
                if (value != null) {
                    cell(i, value);
                }
            }
            xlsx.endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(int i, Object value) throws IOException {
        if (value instanceof BigDecimal amount) {
            xlsx.number(i, numberStyle(i), amount);
            if (sums[i] != null) {
                sums[i] = sums[i].add(amount);
            }
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            long number = ((Number) value).longValue();
            xlsx.number(i, numberStyle(i), number);
            if (sums[i] != null) {
                sums[i] = sums[i].add(BigDecimal.valueOf(number));
            }
        } else if (value instanceof Number number) {
            xlsx.number(i, numberStyle(i), number.doubleValue());
            if (sums[i] != null) {
                sums[i] = sums[i].add(BigDecimal.valueOf(number.doubleValue()));
            }
        } else if (value instanceof LocalDate day) {
            xlsx.date(i, S_DATE, day);
        } else {
            String text = value.toString();
            xlsx.text(i, looksLikeAFormula(text) ? quotedStyles[i] : textStyles[i], text);
        }
    }

    private int numberStyle(int column) {
        return switch (types[column]) {
            case MONEY -> S_MONEY;
            case DATE -> S_DATE;
            default -> S_INTEGER;
        };
    }

    /** Text a spreadsheet would take for a formula (and formula injection): = + - @ at its start. */
    static boolean looksLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    public int rowCount() {
        return nextRow - FIRST_DATA_ROW;
    }

    /** The sum of a totalled column so far, as the totals row shows it. */
    public BigDecimal total(int column) {
        return sums[column];
    }

    /**
     * Adds the totals row (SUM formulas with their values), the auto-filter and the print setup, and completes the
     * package. The caller's stream is flushed, not closed.
     */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            int lastDataRow = nextRow - 1;
            xlsx.row(nextRow);
            for (int i = 0; i < types.length; i++) {
                Column column = columns.get(i);
                int style = switch (column.type()) {
                    case MONEY -> S_TOTAL_MONEY;
                    case INTEGER -> S_TOTAL_INTEGER;
                    default -> S_TOTAL;
                };
                if (i == 0) {
                    xlsx.text(0, S_TOTAL, totalLabel);
                } else if (column.totalled() && lastDataRow >= FIRST_DATA_ROW) {
                    String letter = XlsxSheetStream.letter(i);
                    xlsx.formula(
                            i,
                            style,
                            "SUM(" + letter + (FIRST_DATA_ROW + 1) + ":" + letter + (lastDataRow + 1) + ")",
                            sums[i]);
                } else if (column.totalled()) {
                    xlsx.number(i, style, 0L);
                } else {
                    xlsx.blank(i, style);
                }
            }
            xlsx.endRow();
            String lastColumn = XlsxSheetStream.letter(types.length - 1);
            String filter = "A" + (HEADER_ROW + 1) + ":" + lastColumn + (Math.max(HEADER_ROW, lastDataRow) + 1);
            xlsx.ascii("</sheetData><autoFilter ref=\"" + filter + "\"/>"
                    + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\""
                    + " footer=\"0.3\"/>"
                    + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
                    + "</worksheet>");
            xlsx.endPart();
            String quoted = "'" + XlsxSheetStream.xml(sheetName).replace("'", "''") + "'";
            String absoluteFilter =
                    "$A$" + (HEADER_ROW + 1) + ":$" + lastColumn + "$" + (Math.max(HEADER_ROW, lastDataRow) + 1);
            xlsx.part(
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\""
                            + XlsxSheetStream.MAIN + "\" xmlns:r=\"" + XlsxSheetStream.RELS + "\">"
                            + "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
                            + "<sheets><sheet name=\"" + XlsxSheetStream.xml(sheetName)
                            + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                            + "<definedNames>"
                            + "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">" + quoted
                            + "!" + absoluteFilter + "</definedName>"
                            + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">" + quoted + "!$"
                            + (HEADER_ROW + 1) + ":$" + (HEADER_ROW + 1) + "</definedName>"
                            + "</definedNames><calcPr calcId=\"191029\"/></workbook>");
            xlsx.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel forbids some characters in sheet names and allows 31 characters. */
    static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Sheet1";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>";

    private static final String PACKAGE_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + XlsxSheetStream.RELS + "/officeDocument\""
            + " Target=\"xl/workbook.xml\"/></Relationships>";

    private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + XlsxSheetStream.RELS + "/worksheet\""
            + " Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + XlsxSheetStream.RELS + "/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>";

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RegisterWorkbook[%s, %d rows]", sheetName, rowCount());
    }
}
