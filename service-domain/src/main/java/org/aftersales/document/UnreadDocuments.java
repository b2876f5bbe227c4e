package org.aftersales.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The documents stored before their text was read at upload ({@code text_state} still {@code null}), for the
 * one-time {@link DocumentTextBackfill}: each step a short transaction of its own, so that no transaction is open
 * while a file is read, and what is done stays done if the instance stops half-way.
 */
@ApplicationScoped
public class UnreadDocuments {

    /** A document whose text is to be read: its id, file name and type. */
    public record Unread(long id, String fileName, FileType type, String contentType) {}

    @PersistenceContext
    EntityManager em;

    /**
     * Pictures and drawings have no text to read: all of them at once, without reading a byte, in SQL as
     * {@link #record} is. Returns how many.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int markNotATextType() {
        StringJoiner readable = new StringJoiner("', '", "'", "'");
        Arrays.stream(FileType.values()).filter(DocumentText::readable).forEach(type -> readable.add(type.name()));
        return em.createNativeQuery("update stored_document set text_state = '" + TextState.NOT_A_TEXT_TYPE.name()
                        + "' where text_state is null and file_type not in (" + readable + ")")
                .executeUpdate();
    }

    /** The next {@code size} unread documents after the id {@code afterId}, in id order. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Unread> page(long afterId, int size) {
        return em.createQuery(
                        "select new org.aftersales.document.UnreadDocuments.Unread(d.id, d.fileName, d.fileType,"
                                + " d.contentType) from StoredDocument d"
                                + " where d.textState is null and d.id > :after order by d.id",
                        Unread.class)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
    }

    /** The bytes of a document, or {@code null} if it has none (it is then recorded as unreadable). */
    @Transactional(TxType.REQUIRES_NEW)
    public byte[] content(long id) {
        DocumentContent content = em.find(DocumentContent.class, id);
        byte[] bytes = content == null ? null : content.getContent();
        em.clear();
        return bytes;
    }

    /**
     * Records what became of the texts of a batch, in one transaction. A document another instance recorded meanwhile
     * is left as it is (the update counts it out), so two instances starting at once never store a text twice.
     * Written in SQL: this is no one's edit of the document — its version, modified at and by, and audit trail stay as
     * they were (the persistence unit has no shared cache to go stale). Returns how many were recorded.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int record(Map<Long, TextExtraction> texts) {
        int recorded = 0;
        for (Map.Entry<Long, TextExtraction> entry : texts.entrySet()) {
            TextExtraction text = entry.getValue();
            int updated = em.createNativeQuery("update stored_document set text_state = ?1, text_limit = "
                            + (text.limit() == null
                                    ? "null"
                                    : "'" + text.limit().name() + "'")
                            + " where id = ?2 and text_state is null")
                    .setParameter(1, text.state().name())
                    .setParameter(2, entry.getKey())
                    .executeUpdate();
            if (updated == 1) {
                recorded++;
                text.textIfRead()
                        .ifPresent(words -> em.persist(
                                new ExtractedText(em.getReference(StoredDocument.class, entry.getKey()), words)));
            }
        }
        em.flush();
        em.clear();
        return recorded;
    }
}
