package org.aftersales.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.aftersales.document.DocumentFixtures;
import org.aftersales.project.EquipmentFixtures;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.staff.Caller;
import org.aftersales.testing.RecordingEvent;
import org.aftersales.testing.TestDatabase;

/**
 * The knowledge base wired by hand: a {@link KnowledgeService} whose saves reach a {@link KnowledgeSearch} (in memory)
 * only when their transaction commits, as the container's transactional observer does.
 */
public final class KnowledgeFixtures {

    private final TestDatabase database;
    private final Clock clock;
    private final RecordingEvent<KnowledgeChanged> changes = new RecordingEvent<>();
    private final KnowledgeSearch search = new KnowledgeSearch();
    private final KnowledgeSource source = new KnowledgeSource();
    private final SynonymSource synonymSource = new SynonymSource();
    private final RecordingEvent<SynonymsChanged> synonymChanges = new RecordingEvent<>();

    public KnowledgeFixtures(TestDatabase database, Clock clock, Caller searcher) {
        this.database = database;
        this.clock = clock;
        source.em = database.em();
        search.indexFolder = Optional.empty();
        search.caller = searcher;
        search.sources = List.of(source);
        synonymSource.em = database.em();
        search.synonymSource = synonymSource;
        search.open();
    }

    public KnowledgeService service(Caller caller) {
        KnowledgeService service = new KnowledgeService();
        service.em = database.em();
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(database, caller);
        service.equipment = EquipmentFixtures.equipmentService(database, caller);
        service.documents = DocumentFixtures.store(database, caller);
        service.clock = clock;
        service.changes = changes;
        return service;
    }

    /** Runs a use case in a transaction; after the commit the index learns of its saves, after a rollback it does not. */
    public <T> T committed(Supplier<T> work) {
        T result;
        try {
            result = database.inTransaction(work);
        } catch (RuntimeException rolledBack) {
            changes.discard();
            throw rolledBack;
        }
        changes.deliver(search::onChange);
        return result;
    }

    /** The vocabulary's page use cases, whose committed changes reach the search as the container delivers them. */
    public SynonymService synonyms(Caller caller) {
        SynonymService service = new SynonymService();
        service.em = database.em();
        service.caller = caller;
        service.changes = synonymChanges;
        return service;
    }

    /** Runs a change of the vocabulary in a transaction; after the commit the search reads the list again. */
    public <T> T committedSynonyms(Supplier<T> work) {
        T result;
        try {
            result = database.inTransaction(work);
        } catch (RuntimeException rolledBack) {
            synonymChanges.discard();
            throw rolledBack;
        }
        synonymChanges.deliver(search::onSynonymsChanged);
        return result;
    }

    public KnowledgeSearch search() {
        return search;
    }

    public RecordingEvent<KnowledgeChanged> changes() {
        return changes;
    }

    public void close() {
        search.close();
    }
}
