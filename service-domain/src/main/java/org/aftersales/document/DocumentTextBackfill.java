package org.aftersales.document;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.persistence.DatabaseReady;

/**
 * Reads, once, the text of the documents stored before texts were read at upload (migration 202612062200 left their
 * {@code text_state} empty), so that the search index — built right after, from the stored texts — finds their words
 * as it did when it parsed every manual at every start.
 *
 * <p>Runs at start-up, after the migrations and the demo data and before the index is built, in batches of
 * {@value #BATCH}: the files of a batch are read one at a time, within the same limits as an upload
 * ({@link DocumentTextExtractor}), outside any transaction; the outcomes of the batch are written in one short
 * transaction ({@link UnreadDocuments}). Pictures and drawings are marked at once, without reading them. Once every
 * document has a state, a start finds nothing to do: one query.
 *
 * <p>At start-up rather than in a Flyway Java migration: the migration would run inside Flyway's one transaction, hold
 * the schema migration (and every instance waiting for it) while the files are read, and make POI and PDFBox part of
 * the migration history; here the reading has its thread, time limit and memory guard, and an instance stopped
 * half-way goes on where it stopped at its next start. The cost is paid once, at the first start after the upgrade:
 * what every start used to pay for the manuals.
 */
@ApplicationScoped
public class DocumentTextBackfill {

    private static final Logger LOG = Logger.getLogger(DocumentTextBackfill.class.getName());

    static final int BATCH = 20;

    @Inject
    UnreadDocuments documents;

    @Inject
    DocumentTextExtractor texts;

    /** After the demo data (default priority), before the knowledge index is built (APPLICATION + 900). */
    void onDatabaseReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) DatabaseReady ready) {
        try {
            int read = run();
            if (read > 0) {
                LOG.info(() -> "Texts of " + read + " documents stored before texts were read at upload recorded");
            }
        } catch (RuntimeException failed) {
            // The index is built all the same, without the texts not read yet; the next start goes on.
            LOG.log(Level.WARNING, "Reading the texts of earlier documents stopped; the next start goes on", failed);
        }
    }

    /** Reads and records the text of every document that has no text state yet. Returns how many were recorded. */
    public int run() {
        int recorded = documents.markNotATextType();
        long after = Long.MIN_VALUE;
        List<UnreadDocuments.Unread> page;
        while (!(page = documents.page(after, BATCH)).isEmpty()) {
            Map<Long, TextExtraction> batch = new LinkedHashMap<>();
            for (UnreadDocuments.Unread document : page) {
                byte[] content = documents.content(document.id());
                batch.put(
                        document.id(),
                        content == null
                                ? TextExtraction.unreadable()
                                : texts.extract(document.fileName(), document.type(), document.contentType(), content));
            }
            recorded += documents.record(batch);
            after = page.get(page.size() - 1).id();
        }
        return recorded;
    }
}
