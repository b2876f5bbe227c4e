package org.aftersales.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet .xlsx written straight into the caller's stream as the rows come: no temporary files, no rows kept,
 * nothing buffered beyond a 64 KB window, so the first bytes leave at once and a million rows need no more heap than
 * ten. The parts of the package are written in the order [Content_Types], relations, styles, the sheet (streamed),
 * the workbook (last, because its filter range names the last row). Strings are inline; the XML is encoded to UTF-8
 * by hand into one byte buffer, which is what makes it about as fast as the fastest writers.
 *
 * <p>The caller writes the sheet's XML between {@link #beginSheet} and {@link #endSheet} through {@link #row},
 * {@link #text}, {@link #number}, {@link #date}, {@link #formula} and {@link #endRow}.
 */
final class XlsxSheetStream {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final long EXCEL_EPOCH_OFFSET = 25_569; // 1970-01-01 is Excel's day 25 569 (1900 date system)

    private final ZipOutputStream zip;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private String[] columnLetters = new String[0];
    private int currentRow;

    XlsxSheetStream(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
    }

    /** The number of columns the sheet's cells use (their letters are computed once). */
    void columns(int columns) {
        columnLetters = new String[columns];
        for (int i = 0; i < columns; i++) {
            columnLetters[i] = letter(i);
        }
    }

    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** Writes a whole small part. */
    void part(String name, String xml) throws IOException {
        drain();
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    void beginPart(String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
    }

    void endPart() throws IOException {
        drain();
        zip.closeEntry();
    }

    /** Sends what is written so far down to the caller's stream (the zip headers and the deflated bytes so far). */
    void flush() throws IOException {
        drain();
        zip.flush();
    }

    void finish() throws IOException {
        drain();
        zip.finish();
        zip.flush();
    }

    void row(int rowIndex) throws IOException {
        currentRow = rowIndex + 1;
        ascii("<row r=\"");
        integer(currentRow);
        ascii("\">");
    }

    void row(int rowIndex, double heightPoints) throws IOException {
        currentRow = rowIndex + 1;
        ascii("<row r=\"");
        integer(currentRow);
        ascii("\" ht=\"");
        ascii(Double.toString(heightPoints));
        ascii("\" customHeight=\"1\">");
    }

    void endRow() throws IOException {
        ascii("</row>");
    }

    private void cellStart(int column, int style) throws IOException {
        ascii("<c r=\"");
        ascii(columnLetters[column]);
        integer(currentRow);
        ascii("\" s=\"");
        integer(style);
    }

    void text(int column, int style, String text) throws IOException {
        cellStart(column, style);
        ascii("\" t=\"inlineStr\"><is><t");
        if (!text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            ascii(" xml:space=\"preserve\"");
        }
        ascii(">");
        escaped(text);
        ascii("</t></is></c>");
    }

    void number(int column, int style, BigDecimal value) throws IOException {
        cellStart(column, style);
        ascii("\"><v>");
        ascii(value.toPlainString());
        ascii("</v></c>");
    }

    void number(int column, int style, long value) throws IOException {
        cellStart(column, style);
        ascii("\"><v>");
        integer(value);
        ascii("</v></c>");
    }

    void number(int column, int style, double value) throws IOException {
        cellStart(column, style);
        ascii("\"><v>");
        ascii(Double.toString(value));
        ascii("</v></c>");
    }

    void date(int column, int style, LocalDate day) throws IOException {
        cellStart(column, style);
        ascii("\"><v>");
        integer(day.toEpochDay() + EXCEL_EPOCH_OFFSET);
        ascii("</v></c>");
    }

    /** A cell with a style and no value (a border line, a fill). */
    void blank(int column, int style) throws IOException {
        cellStart(column, style);
        ascii("\"/>");
    }

    /** A formula with the value it computes, so a spreadsheet that does not recalculate shows the right figure. */
    void formula(int column, int style, String formula, BigDecimal value) throws IOException {
        cellStart(column, style);
        ascii("\"><f>");
        escaped(formula);
        ascii("</f><v>");
        ascii(value.toPlainString());
        ascii("</v></c>");
    }

    /** Markup without characters to escape, all ASCII. */
    void ascii(String s) throws IOException {
        int length = s.length();
        if (used + length > buffer.length) {
            drain();
            if (length > buffer.length) {
                zip.write(s.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        for (int i = 0; i < length; i++) {
            buffer[used++] = (byte) s.charAt(i);
        }
    }

    private void integer(long value) throws IOException {
        if (value >= 0 && value < 10) {
            if (used + 1 > buffer.length) {
                drain();
            }
            buffer[used++] = (byte) ('0' + value);
        } else {
            ascii(Long.toString(value));
        }
    }

    /** Text as XML character data, UTF-8 encoded; characters XML 1.0 forbids are left out. */
    void escaped(String s) throws IOException {
        int length = s.length();
        for (int i = 0; i < length; i++) {
            if (used + 8 > buffer.length) {
                drain();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> put("&lt;");
                    case '>' -> put("&gt;");
                    case '&' -> put("&amp;");
                    case '"' -> put("&quot;");
                    case '\t', '\n', '\r' -> buffer[used++] = (byte) c;
                    default -> {
                        if (c >= 0x20) {
                            buffer[used++] = (byte) c;
                        }
                    }
                }
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | (c >> 6));
                buffer[used++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                int code = Character.toCodePoint(c, s.charAt(++i));
                buffer[used++] = (byte) (0xF0 | (code >> 18));
                buffer[used++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                buffer[used++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (code & 0x3F));
            } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                // an unpaired surrogate or a non-character: not allowed in XML, left out
            } else {
                buffer[used++] = (byte) (0xE0 | (c >> 12));
                buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void put(String entity) {
        for (int i = 0; i < entity.length(); i++) {
            buffer[used++] = (byte) entity.charAt(i);
        }
    }

    private void drain() throws IOException {
        if (used > 0) {
            zip.write(buffer, 0, used);
            used = 0;
        }
    }

    /** Escapes a value for an XML attribute or text built as a String (small parts only). */
    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
