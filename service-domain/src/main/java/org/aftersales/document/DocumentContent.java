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
 * The bytes of a {@link StoredDocument}, in a table of their own so that lists of documents never read them. Written
 * once with the document, in the same transaction, and never changed: a refused or failed upload leaves neither.
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private StoredDocument document;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {}

    DocumentContent(StoredDocument document, byte[] content) {
        this.document = document;
        this.content = content;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getContent() {
        return content;
    }
}
