package org.aftersales.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names as people send them, made harmless. A name is only ever shown and offered again on download: the store
 * keeps the bytes under a name of its own ({@link StoredDocument#getStoredName()}), so a name like
 * {@code ../../etc/passwd} or one with line breaks can change nothing on a disk or in a header.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {}

    /**
     * The last path segment of {@code sent} (browsers on Windows used to send the whole path), without control or
     * format characters, without the dots and blanks that hide an extension, at most {@value #MAX_LENGTH} characters
     * with the extension kept; {@code null} when nothing is left.
     */
    public static String clean(String sent) {
        if (sent == null) {
            return null;
        }
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT)
                .filter(c -> Character.getType(c) != Character.LINE_SEPARATOR
                        && Character.getType(c) != Character.PARAGRAPH_SEPARATOR)
                .filter(c -> "<>:\"|?*".indexOf(c) < 0)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1).strip();
        }
        while (cleaned.endsWith(".")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            String stem = cleaned.substring(0, cleaned.length() - extension.length());
            int keep = MAX_LENGTH - extension.length();
            cleaned =
                    stem.substring(0, stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length()))))
                            + extension;
        }
        return cleaned;
    }

    /**
     * The {@code Content-Disposition} header value that offers {@code fileName} for download (RFC 6266): a plain
     * ASCII {@code filename} for old clients, with every other character replaced, and the exact name, Chinese
     * included, as {@code filename*=UTF-8''…} in the percent-encoding of RFC 5987.
     */
    public static String contentDisposition(String disposition, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName;
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints()
                .forEach(
                        c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        return disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** RFC 5987 {@code value-chars}: attr-char as is, every other byte of the UTF-8 form as {@code %XX}. */
    static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
