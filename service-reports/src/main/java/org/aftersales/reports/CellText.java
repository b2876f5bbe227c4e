package org.aftersales.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * How text wraps in a cell of a given width, counted in East Asian Width units ({@link RegisterWorkbook#displayWidth}:
 * full-width 2, half-width 1), as a spreadsheet breaks lines: between two Chinese characters, and at spaces between
 * words; never inside a word of half-width letters or digits, never before closing punctuation ("）", "，", "：", ")")
 * nor after opening punctuation ("（", "("). Used to make columns wide enough for their longest word and rows tall
 * enough for all the lines of their wrapped text (issue 18: headers cut to "扣除暂停）" and "）").
 */
final class CellText {

    private static final String NO_LINE_START = "）」』】〕〉》，。、：；？！％・)]}>,.:;?!%";
    private static final String NO_LINE_END = "（「『【〔〈《([{<";

    private CellText() {}

    /** A piece of text no line break falls in, and whether a space stands before it. */
    private record Piece(int width, boolean afterSpace) {}

    /** The number of lines {@code text} takes in a cell {@code width} units wide (at least one). */
    static int lines(String text, int width) {
        if (text == null) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            lines += paragraphLines(paragraph, Math.max(1, width));
        }
        return Math.max(1, lines);
    }

    /** The widest piece of {@code text} that cannot be broken: the narrowest a column can be without cutting it. */
    static int longestUnbreakable(String text) {
        int widest = 0;
        for (Piece piece : pieces(text == null ? "" : text)) {
            widest = Math.max(widest, piece.width());
        }
        return widest;
    }

    private static int paragraphLines(String paragraph, int width) {
        int lines = 1;
        int used = 0;
        for (Piece piece : pieces(paragraph)) {
            int added = (used > 0 && piece.afterSpace() ? 1 : 0) + piece.width();
            if (used > 0 && used + added > width) {
                lines++;
                used = piece.width();
            } else {
                used += added;
            }
        }
        return lines;
    }

    private static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        int width = 0;
        boolean afterSpace = false;
        boolean pendingSpace = false;
        int last = -1;
        for (int i = 0; i < text.length(); ) {
            int code = text.codePointAt(i);
            i += Character.charCount(code);
            if (Character.isWhitespace(code)) {
                if (width > 0) {
                    pieces.add(new Piece(width, afterSpace));
                    width = 0;
                }
                pendingSpace = true;
                last = code;
                continue;
            }
            boolean wide = RegisterWorkbook.isWide(code);
            boolean joins = width > 0
                    && (NO_LINE_START.indexOf(code) >= 0
                            || NO_LINE_END.indexOf(last) >= 0
                            || (!wide && !RegisterWorkbook.isWide(last)));
            if (!joins && width > 0) {
                pieces.add(new Piece(width, afterSpace));
                width = 0;
            }
            if (width == 0) {
                afterSpace = pendingSpace;
                pendingSpace = false;
            }
            width += wide ? 2 : 1;
            last = code;
        }
        if (width > 0) {
            pieces.add(new Piece(width, afterSpace));
        }
        return pieces;
    }
}
