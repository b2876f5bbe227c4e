package org.aftersales.knowledge;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.aftersales.persistence.DatabaseReady;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The knowledge-base search of this application instance (R-K3).
 *
 * <p>One index per instance: built from the database when the application starts (after the demo data, if any),
 * rebuilt on demand, and kept current by applying every save after its transaction commits. With several instances
 * each holds its own index; a save on one instance reaches the others' indexes at their next rebuild (README).
 *
 * <p>Queries are translated with the search vocabulary ({@link Synonyms}) when they are made, so the index holds only
 * the records' own text: a changed vocabulary needs no rebuild, and every instance that reads the same database
 * searches alike (issue 15's cluster: each instance's index fed from the database).
 *
 * <p>The index lives in memory unless {@code aftersales.knowledge.index-folder} names a scratch folder (for very
 * large knowledge bases); either way it is a cache of the database, never a source.
 */
@ApplicationScoped
public class KnowledgeSearch {

    private static final Logger LOG = Logger.getLogger(KnowledgeSearch.class.getName());

    /** How long this instance trusts the vocabulary it read before reading it again. */
    public static final Duration SYNONYMS_MAX_AGE = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "aftersales.knowledge.index-folder")
    Optional<String> indexFolder;

    /** What the index is rebuilt from: the articles ({@link KnowledgeSource}) and the manuals. */
    @Inject
    Instance<SearchableSource> sourceBeans;

    @Inject
    Caller caller;

    /** The search vocabulary (synonyms), read from the database: at start, after a local change, when older than
     * {@link #SYNONYMS_MAX_AGE} (another instance may have changed it). */
    @Inject
    SynonymSource synonymSource;

    List<SearchableSource> sources;
    private KnowledgeIndex index;
    private volatile boolean synonymsRead;
    private volatile long synonymsReadAt;

    @PostConstruct
    void open() {
        if (sources == null) {
            sources = sourceBeans.stream().toList();
        }
        index = indexFolder
                .filter(folder -> !folder.isBlank())
                .map(folder -> KnowledgeIndex.inFolder(Path.of(folder, "instance-" + UUID.randomUUID())))
                .orElseGet(KnowledgeIndex::inMemory);
    }

    @PreDestroy
    void close() {
        index.close();
    }

    /** At start-up, after the migrations and the demo data (which observes the same event earlier). */
    void onDatabaseReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DatabaseReady ready) {
        int size = rebuildFromDatabase();
        LOG.info(() -> "Knowledge index built from the database: " + size + " records");
        readSynonyms();
    }

    /** The administrator changed the vocabulary here: the next query uses it. */
    void onSynonymsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SynonymsChanged change) {
        readSynonyms();
    }

    void readSynonyms() {
        Synonyms synonyms = synonymSource.read();
        index.useSynonyms(synonyms);
        synonymsReadAt = System.nanoTime();
        synonymsRead = true;
        LOG.fine(() -> "Knowledge search vocabulary read: " + synonyms.size() + " terms");
    }

    /** A save committed: the index shows it from the next search on. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeChanged change) {
        index.put(change.text());
    }

    public KnowledgeResult search(KnowledgeQuery query, int offset, int size) {
        caller.require(Permission.KNOWLEDGE_VIEW);
        if (!synonymsRead || System.nanoTime() - synonymsReadAt > SYNONYMS_MAX_AGE.toNanos()) {
            readSynonyms();
        }
        return index.search(query, offset, size);
    }

    /** Rebuilds the index from the database on demand; searches go on meanwhile. Returns the number of records. */
    public int rebuild() {
        caller.require(Permission.KNOWLEDGE_REINDEX);
        int size = rebuildFromDatabase();
        LOG.info(() -> "Knowledge index rebuilt on demand by " + caller.username() + ": " + size + " records");
        return size;
    }

    public int size() {
        return index.size();
    }

    int rebuildFromDatabase() {
        index.rebuild(KnowledgeSource.all(sources));
        return index.size();
    }
}
