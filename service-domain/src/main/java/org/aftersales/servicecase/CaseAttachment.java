package org.aftersales.servicecase;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.aftersales.document.StoredDocument;
import org.aftersales.shared.BaseEntity;

/**
 * A photo or file received with a call (R-S1: "photos and files at intake"), linked to its service case. The file
 * itself is a document of the one document store (R-K1) — checked by content, SHA-256, server-made name — filed under
 * the case's project, so who may see the project may see it; the link never changes.
 */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private StoredDocument document;

    protected CaseAttachment() {}

    public CaseAttachment(ServiceCase serviceCase, StoredDocument document) {
        this.serviceCase = serviceCase;
        this.document = document;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public StoredDocument getDocument() {
        return document;
    }
}
