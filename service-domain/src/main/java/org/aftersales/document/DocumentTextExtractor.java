package org.aftersales.document;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a file's text once, when it is stored (R-K1, R-K3), within the limits of {@link TextLimits} — the time limit
 * among them — and off the caller's thread, so that no file can take the instance down.
 *
 * <p>The content is written to a temporary file first (owner-only, deleted after): PDFBox and POI read it from there,
 * POI opening an Office file's parts one at a time instead of unpacking them all into memory. {@link DocumentText}
 * reads it on one of {@value #THREADS} threads of its own (made by the container's managed thread factory); the
 * caller waits at most the time limit — waiting for a free thread included — then interrupts the reading, which
 * stops at its next page, row or write, and records {@link TextLimit#TIME}. A reading that does not look at the
 * interrupt (POI loading a part) runs on to the end its other limits set, then its result is dropped.
 */
@ApplicationScoped
public class DocumentTextExtractor {

    private static final Logger LOG = Logger.getLogger(DocumentTextExtractor.class.getName());

    /** Readings at a time on this instance: more would not be faster on the small servers it runs on. */
    static final int THREADS = 2;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threadFactory;

    @Inject
    DocumentTextSettings settings;

    /** Set outside a container only, instead of {@link #settings}. */
    private TextLimits fixedLimits;

    private ExecutorService readers;

    /** Outside a container (tests): plain daemon threads, the given limits. */
    static DocumentTextExtractor standalone(TextLimits limits) {
        DocumentTextExtractor extractor = new DocumentTextExtractor();
        extractor.fixedLimits = limits;
        extractor.start();
        return extractor;
    }

    public TextLimits limits() {
        return fixedLimits != null ? fixedLimits : settings.limits();
    }

    @PostConstruct
    void start() {
        ThreadFactory threads = threadFactory != null ? threadFactory : DocumentTextExtractor::daemon;
        readers = Executors.newFixedThreadPool(THREADS, threads);
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "document-text");
        thread.setDaemon(true);
        return thread;
    }

    /** The text of {@code content}, a file called {@code name} of the given type, as far as the limits allow. */
    public TextExtraction extract(String name, FileType type, String contentType, byte[] content) {
        if (!DocumentText.readable(type)) {
            return TextExtraction.notATextType();
        }
        TextLimits limits = limits();
        Path file;
        try {
            file = Files.createTempFile("aftersales-text-", ".tmp");
            Files.write(file, content);
        } catch (IOException noScratchSpace) {
            LOG.log(Level.SEVERE, "No temporary file to read the text of " + name + " from", noScratchSpace);
            return TextExtraction.unreadable();
        }
        Future<TextExtraction> reading;
        try {
            reading = readers.submit(() -> {
                try {
                    return DocumentText.extract(name, type, contentType, file, limits);
                } finally {
                    deleteQuietly(file);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            deleteQuietly(file);
            return TextExtraction.unreadable();
        }
        try {
            return reading.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException tooSlow) {
            reading.cancel(true);
            deleteQuietly(file);
            LOG.warning(() -> "Reading the text of " + name + " took longer than "
                    + limits.timeout().toSeconds() + " s; stored without text");
            return TextExtraction.limitTripped(TextLimit.TIME);
        } catch (InterruptedException stopped) {
            reading.cancel(true);
            deleteQuietly(file);
            Thread.currentThread().interrupt();
            return TextExtraction.limitTripped(TextLimit.TIME);
        } catch (ExecutionException failed) {
            // DocumentText turns everything a file can cause into an outcome; this is an Error of the platform.
            LOG.log(Level.SEVERE, "Reading the text of " + name + " failed", failed.getCause());
            return TextExtraction.unreadable();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException stillOpen) {
            // The reading deletes it when it ends.
        }
    }
}
