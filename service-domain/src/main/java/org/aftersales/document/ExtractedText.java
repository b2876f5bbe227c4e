package org.aftersales.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The searchable text of a {@link StoredDocument} ({@link TextState#EXTRACTED}), read from its file once — when it
 * was stored, or by the one-time backfill for documents stored before — and never changed. In a table of its own, as
 * the bytes are, so that lists of documents never read it; the search index reads it instead of the file.
 */
@Entity
@Table(name = "document_text")
public class ExtractedText {

    /** The most of a file's text that is kept: the search takes no more. */
    public static final int TEXT_LENGTH = 100_000;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private StoredDocument document;

    @Column(name = "text_content", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    protected ExtractedText() {}

    ExtractedText(StoredDocument document, String text) {
        if (text == null || text.isEmpty() || text.length() > TEXT_LENGTH) {
            throw new IllegalArgumentException("text of 1 … " + TEXT_LENGTH + " characters expected");
        }
        this.document = document;
        this.text = text;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getText() {
        return text;
    }
}
