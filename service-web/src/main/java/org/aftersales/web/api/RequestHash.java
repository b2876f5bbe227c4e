package org.aftersales.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a request body, to tell whether a request sent again with the same {@code Idempotency-Key} is the same
 * request ({@link IdempotentActFilter}). A {@code multipart/form-data} body is hashed without its boundary: a browser
 * draws a new one for every send, so the same photo sent twice would otherwise look like two bodies. The boundary is
 * left out as the bytes stream by (Knuth–Morris–Pratt: the bytes that may still be the start of a boundary are held
 * back until they turn out not to be), so no body is ever held in memory.
 */
final class RequestHash {

    private final MessageDigest digest;
    private final byte[] boundary;
    private final int[] fallback;
    private int matched;

    RequestHash(String contentType) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
        String found = boundaryOf(contentType);
        boundary = found == null ? new byte[0] : found.getBytes(StandardCharsets.ISO_8859_1);
        fallback = fallback(boundary);
    }

    /** The hash of a whole body read from {@code body}. */
    static String of(String contentType, InputStream body) throws IOException {
        RequestHash hash = new RequestHash(contentType);
        byte[] buffer = new byte[8192];
        int read;
        while ((read = body.read(buffer)) >= 0) {
            hash.update(buffer, 0, read);
        }
        return hash.finish();
    }

    void update(byte[] bytes, int offset, int length) {
        if (boundary.length == 0) {
            digest.update(bytes, offset, length);
            return;
        }
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            while (matched > 0 && boundary[matched] != b) {
                int keep = fallback[matched - 1];
                digest.update(boundary, 0, matched - keep); // these bytes cannot start a boundary any more
                matched = keep;
            }
            if (boundary[matched] == b) {
                matched++;
                if (matched == boundary.length) {
                    matched = 0; // a whole boundary: left out
                }
            } else {
                digest.update(b);
            }
        }
    }

    String finish() {
        digest.update(boundary, 0, matched);
        matched = 0;
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The {@code boundary} parameter of a multipart content type, or null. */
    static String boundaryOf(String contentType) {
        if (contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(java.util.Locale.ROOT).startsWith("boundary=")) {
                String value = trimmed.substring("boundary=".length());
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** KMP's failure function: for each prefix, the length of its longest proper prefix that is also its suffix. */
    private static int[] fallback(byte[] pattern) {
        int[] table = new int[pattern.length];
        int length = 0;
        for (int i = 1; i < pattern.length; i++) {
            while (length > 0 && pattern[i] != pattern[length]) {
                length = table[length - 1];
            }
            if (pattern[i] == pattern[length]) {
                length++;
            }
            table[i] = length;
        }
        return table;
    }
}
