package org.aftersales.document;

import java.util.Optional;

/** The outcome of reading a file's text: its {@link TextState}, the limit it tripped if any, and the text if read. */
public record TextExtraction(TextState state, TextLimit limit, String text) {

    public TextExtraction {
        if (state == null || (state == TextState.LIMIT_TRIPPED) != (limit != null)) {
            throw new IllegalArgumentException("a limit goes with LIMIT_TRIPPED, and only with it: " + state);
        }
        if ((state == TextState.EXTRACTED) != (text != null)) {
            throw new IllegalArgumentException("text goes with EXTRACTED, and only with it: " + state);
        }
    }

    /** The text read, cleaned ({@link #clean}); a file without any is {@link TextState#NO_TEXT}. */
    static TextExtraction read(CharSequence raw) {
        String cleaned = clean(raw);
        return cleaned.isEmpty()
                ? new TextExtraction(TextState.NO_TEXT, null, null)
                : new TextExtraction(TextState.EXTRACTED, null, cleaned);
    }

    static TextExtraction unreadable() {
        return new TextExtraction(TextState.UNREADABLE, null, null);
    }

    static TextExtraction notATextType() {
        return new TextExtraction(TextState.NOT_A_TEXT_TYPE, null, null);
    }

    static TextExtraction limitTripped(TextLimit limit) {
        return new TextExtraction(TextState.LIMIT_TRIPPED, limit, null);
    }

    public Optional<String> textIfRead() {
        return Optional.ofNullable(text);
    }

    /**
     * The text as it can be stored: without NUL and other control characters but tab, line feed and carriage return
     * (PostgreSQL refuses NUL in text; PDFs contain it), without a surrogate half left by a cut, stripped.
     */
    static String clean(CharSequence raw) {
        StringBuilder cleaned = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    cleaned.append(c).append(raw.charAt(++i));
                }
            } else if (Character.isLowSurrogate(c)) {
                continue;
            } else if ((c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n' || c == '\r') {
                cleaned.append(c);
            } else if (c == '\f') {
                cleaned.append('\n');
            }
        }
        return cleaned.toString().strip();
    }

    @Override
    public String toString() {
        return state
                + (limit == null ? "" : " (" + limit + ")")
                + (text == null ? "" : ", " + text.length() + " chars");
    }
}
