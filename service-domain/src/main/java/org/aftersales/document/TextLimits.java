package org.aftersales.document;

import java.time.Duration;

/**
 * The limits within which a stored file's text is read (R-K1, R-K3), so that no upload can take the application
 * instance down: a file that trips one is stored without text ({@link TextState#LIMIT_TRIPPED}); only the upload size
 * limit refuses a file. Set by MicroProfile Config ({@link DocumentTextSettings}); the defaults:
 *
 * <ul>
 *   <li>{@code maxChars} 100 000 — the search takes no more of a file; reading stops there (not after);
 *   <li>{@code timeout} 30 s — longer, and the reading is abandoned;
 *   <li>{@code minInflateRatio} 0.01 — an Office part that unpacks to more than 100 times its packed size is a
 *       "zip bomb" (POI's {@code ZipSecureFile.setMinInflateRatio});
 *   <li>{@code maxPartBytes} 32 MB — the most an Office part may unpack to: POI holds a part's XML as a tree, several
 *       times its size ({@code ZipSecureFile.setMaxEntrySize}); a 500-page manual's text part is a few MB;
 *   <li>{@code maxRecordBytes} 50 MB — the largest array POI may allocate for one record of an Office file
 *       ({@code IOUtils.setByteArrayMaxOverride}), one ceiling for every record type instead of POI's many;
 *   <li>{@code maxPdfPages} 10 000 — a PDF's page tree is held in memory page by page;
 *   <li>{@code maxPdfContentBytes} 64 MB — what one PDF page's drawing instructions may unpack to (PDFBox unpacks them
 *       in memory), generous for drawings exported from CAD;
 *   <li>{@code pdfMemoryBytes} 16 MB and {@code pdfScratchBytes} 256 MB — PDFBox's buffers: in memory up to the
 *       first, in a temporary file beyond, never more than the second ({@code MemoryUsageSetting.setupMixed}).
 * </ul>
 *
 * <p>Beyond these, reading runs on a thread of its own where running out of heap or stack is caught (and recorded as
 * {@link TextLimit#MEMORY}, {@link TextLimit#NESTING}) instead of reaching the rest of the instance.
 */
public record TextLimits(
        int maxChars,
        Duration timeout,
        double minInflateRatio,
        long maxPartBytes,
        int maxRecordBytes,
        int maxPdfPages,
        long maxPdfContentBytes,
        long pdfMemoryBytes,
        long pdfScratchBytes) {

    private static final long MB = 1024 * 1024;

    public TextLimits {
        if (maxChars < 1 || maxChars > ExtractedText.TEXT_LENGTH) {
            throw new IllegalArgumentException("maxChars must be 1 … " + ExtractedText.TEXT_LENGTH + ": " + maxChars);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    public static TextLimits defaults() {
        return new TextLimits(
                ExtractedText.TEXT_LENGTH,
                Duration.ofSeconds(30),
                0.01,
                32 * MB,
                (int) (50 * MB),
                10_000,
                64 * MB,
                16 * MB,
                256 * MB);
    }

    public TextLimits withMaxChars(int chars) {
        return new TextLimits(
                chars,
                timeout,
                minInflateRatio,
                maxPartBytes,
                maxRecordBytes,
                maxPdfPages,
                maxPdfContentBytes,
                pdfMemoryBytes,
                pdfScratchBytes);
    }

    public TextLimits withTimeout(Duration limit) {
        return new TextLimits(
                maxChars,
                limit,
                minInflateRatio,
                maxPartBytes,
                maxRecordBytes,
                maxPdfPages,
                maxPdfContentBytes,
                pdfMemoryBytes,
                pdfScratchBytes);
    }
}
