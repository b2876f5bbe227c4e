package org.aftersales.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one-time reading of the texts of documents stored before texts were read at upload (H2, outside a container).
 * The documents are stored as today, then put back to how the migration left them: no text state, no text.
 */
class DocumentTextBackfillTest {

    private TestDatabase database;
    private DocumentStore store;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("document_text_backfill");
        store = DocumentFixtures.store(database, new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private StoredDocument stored(String fileName, byte[] content) {
        return database.inTransaction(() -> store.store(
                DocumentKind.TECHNICAL_MANUAL, null, new DocumentUpload(fileName, new ByteArrayInputStream(content))));
    }

    /** As migration 202612062200 left every document stored before it. */
    private void forgetTexts() {
        database.inTransaction(() -> {
            database.em().createNativeQuery("delete from document_text").executeUpdate();
            return database.em()
                    .createNativeQuery("update stored_document set text_state = null, text_limit = null")
                    .executeUpdate();
        });
        database.em().clear();
    }

    /** The backfill as the container wires it, each step of {@link UnreadDocuments} in a transaction of its own. */
    private DocumentTextBackfill backfill() {
        UnreadDocuments documents = new UnreadDocuments() {
            @Override
            public int markNotATextType() {
                return database.inTransaction(super::markNotATextType);
            }

            @Override
            public List<Unread> page(long afterId, int size) {
                return database.inTransaction(() -> super.page(afterId, size));
            }

            @Override
            public byte[] content(long id) {
                return database.inTransaction(() -> super.content(id));
            }

            @Override
            public int record(Map<Long, TextExtraction> texts) {
                return database.inTransaction(() -> super.record(texts));
            }
        };
        documents.em = database.em();
        DocumentTextBackfill backfill = new DocumentTextBackfill();
        backfill.documents = documents;
        backfill.texts = DocumentFixtures.TEXTS;
        return backfill;
    }

    private StoredDocument reloaded(StoredDocument document) {
        database.em().clear();
        return database.em().find(StoredDocument.class, document.getId());
    }

    @Test
    @DisplayName(
            "R-K3 earlier documents get their text once, in batches, within the upload's limits: a bomb without text and the limit named, a picture unread; the next start finds nothing to do")
    void readsEarlierDocumentsOnce() {
        StoredDocument manual = stored("曝气系统维护手册.pdf", PdfFixtures.chinese("第三章 微孔曝气器膜片清洗规程\n每半年酸洗一次"));
        StoredDocument bomb = stored("鼓风机手册.docx", HostileFiles.docxBomb(100));
        StoredDocument photo = stored("现场.png", DocumentFixtures.png());
        List<StoredDocument> notes = new ArrayList<>();
        for (int i = 1; i <= DocumentTextBackfill.BATCH + 5; i++) {
            notes.add(stored("巡检记录" + i + ".txt", ("第" + i + "次巡检 格栅机链条松动").getBytes(StandardCharsets.UTF_8)));
        }
        StoredDocument before = reloaded(manual);
        forgetTexts();
        assertThat(reloaded(manual).getTextState()).isNull();

        int recorded = backfill().run();

        assertThat(recorded).isEqualTo(3 + DocumentTextBackfill.BATCH + 5);
        assertThat(reloaded(manual).getTextState()).isEqualTo(TextState.EXTRACTED);
        assertThat(database.em().find(ExtractedText.class, manual.getId()).getText())
                .contains("微孔曝气器膜片清洗规程");
        assertThat(reloaded(manual))
                .as("no one's edit: version, modified at and by untouched")
                .extracting(StoredDocument::getVersion, StoredDocument::getModifiedAt, StoredDocument::getModifiedBy)
                .containsExactly(before.getVersion(), before.getModifiedAt(), before.getModifiedBy());
        assertThat(reloaded(bomb).getTextState()).isEqualTo(TextState.LIMIT_TRIPPED);
        assertThat(reloaded(bomb).getTextLimit()).isEqualTo(TextLimit.COMPRESSION_RATIO);
        assertThat(reloaded(photo).getTextState()).isEqualTo(TextState.NOT_A_TEXT_TYPE);
        StoredDocument lastNote = notes.get(notes.size() - 1);
        assertThat(database.em().find(ExtractedText.class, lastNote.getId()).getText())
                .isEqualTo("第" + notes.size() + "次巡检 格栅机链条松动");
        assertThat(database.count("document_text")).isEqualTo(1 + notes.size());

        assertThat(backfill().run()).as("the next start").isZero();
    }

    @Test
    @DisplayName("R-K3 a document recorded meanwhile by another instance is left as that instance recorded it")
    void anotherInstanceWasFaster() {
        StoredDocument manual = stored("曝气系统维护手册.pdf", PdfFixtures.english("Replace the drive-end bearings."));
        forgetTexts();
        UnreadDocuments other = new UnreadDocuments();
        other.em = database.newEntityManager();
        TestDatabase.inTransaction(
                other.em, () -> other.record(Map.of(manual.getId(), TextExtraction.read("recorded by the other"))));

        assertThat(backfill().run()).isZero();
        assertThat(database.em().find(ExtractedText.class, manual.getId()).getText())
                .isEqualTo("recorded by the other");
    }
}
