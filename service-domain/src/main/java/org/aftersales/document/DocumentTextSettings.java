package org.aftersales.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits of reading a stored file's text ({@link TextLimits}), from MicroProfile Config
 * ({@code aftersales.documents.text.*}); the defaults are {@link TextLimits#defaults()}.
 */
@ApplicationScoped
public class DocumentTextSettings {

    private static final long MB = 1024 * 1024;

    @Inject
    @ConfigProperty(name = "aftersales.documents.text.max-chars", defaultValue = "100000")
    int maxChars;

    @Inject
    @ConfigProperty(name = "aftersales.documents.text.timeout-seconds", defaultValue = "30")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = "aftersales.documents.text.min-inflate-ratio", defaultValue = "0.01")
    double minInflateRatio;

    @Inject
    @ConfigProperty(name = "aftersales.documents.text.max-part-mb", defaultValue = "32")
    long maxPartMb;

    @Inject
    @ConfigProperty(name = "aftersales.documents.text.max-record-mb", defaultValue = "50")
    int maxRecordMb;

    @Inject
    @ConfigProperty(name = "aftersales.documents.text.max-pdf-pages", defaultValue = "10000")
    int maxPdfPages;

    @Inject
    @ConfigProperty(name = "aftersales.documents.text.max-pdf-content-mb", defaultValue = "64")
    long maxPdfContentMb;

    @Inject
    @ConfigProperty(name = "aftersales.documents.text.pdf-memory-mb", defaultValue = "16")
    long pdfMemoryMb;

    @Inject
    @ConfigProperty(name = "aftersales.documents.text.pdf-scratch-mb", defaultValue = "256")
    long pdfScratchMb;

    public TextLimits limits() {
        return new TextLimits(
                Math.min(maxChars, ExtractedText.TEXT_LENGTH),
                Duration.ofSeconds(timeoutSeconds),
                minInflateRatio,
                maxPartMb * MB,
                (int) Math.min(Integer.MAX_VALUE - 8, maxRecordMb * MB),
                maxPdfPages,
                maxPdfContentMb * MB,
                pdfMemoryMb * MB,
                pdfScratchMb * MB);
    }
}
