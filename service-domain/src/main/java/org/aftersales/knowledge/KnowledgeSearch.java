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
 * <p>The index lives in memory unless {@code aftersales.knowledge.index-folder} names a scratch folder (for very
 * large knowledge bases); either way it is a cache of the database, never a source.
 */
@ApplicationScoped
public class KnowledgeSearch {

    private static final Logger LOG = Logger.getLogger(KnowledgeSearch.class.getName());

    @Inject
    @ConfigProperty(name = "aftersales.knowledge.index-folder")
    Optional<String> indexFolder;

    /** What the index is rebuilt from: the articles ({@link KnowledgeSource}) and the manuals. */
    @Inject
    Instance<SearchableSource> sourceBeans;

    @Inject
    Caller caller;

    List<SearchableSource> sources;
    private KnowledgeIndex index;

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
    }

    /** A save committed: the index shows it from the next search on. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeChanged change) {
        index.put(change.text());
    }

    public KnowledgeResult search(KnowledgeQuery query, int offset, int size) {
        caller.require(Permission.KNOWLEDGE_VIEW);
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
