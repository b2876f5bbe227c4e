package org.aftersales.servicecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.aftersales.document.DocumentKind;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * Photos and files at intake (R-S1): whoever registers a call may attach what came with it — at registration, in the
 * same transaction (a refused file leaves no case and no file), or to a registered case. Each file goes through the
 * document store's checks (size limit, type by content, SHA-256) as kind {@link DocumentKind#CASE_ATTACHMENT}, filed
 * under the case's project and equipment item; it is listed on the case and downloaded like any document.
 */
@ApplicationScoped
public class CaseAttachmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ServiceCaseService cases;

    @Inject
    DocumentStore documents;

    /** Registers the call and attaches its files, all or nothing. */
    @Transactional
    public ServiceCase register(CaseIntake intake, List<DocumentUpload> files) {
        ServiceCase registered = cases.register(intake);
        em.flush();
        for (DocumentUpload file : files) {
            attach(registered, file);
        }
        return registered;
    }

    /** Attaches a file to a registered case the caller may see. */
    @Transactional
    public StoredDocument attach(long caseId, DocumentUpload file) {
        ServiceCase serviceCase = cases.find(caseId);
        return attach(serviceCase, file);
    }

    private StoredDocument attach(ServiceCase serviceCase, DocumentUpload file) {
        caller.require(Permission.CASE_REGISTER);
        String title = serviceCase.getNumber() + " " + (file == null || file.fileName() == null ? "" : file.fileName());
        StoredDocument document = documents.store(
                DocumentKind.CASE_ATTACHMENT,
                title.length() > StoredDocument.TITLE_LENGTH ? title.substring(0, StoredDocument.TITLE_LENGTH) : title,
                file);
        document.fileUnder(serviceCase.getProject(), serviceCase.getEquipmentItem());
        em.persist(new CaseAttachment(serviceCase, document));
        return document;
    }

    /** The files of a case the caller may see, in the order they were attached. */
    @Transactional
    public List<StoredDocument> of(long caseId) {
        ServiceCase serviceCase = cases.find(caseId);
        caller.require(Permission.DOCUMENT_VIEW);
        return em.createQuery(
                        "select a.document from CaseAttachment a where a.serviceCase = :serviceCase" + " order by a.id",
                        StoredDocument.class)
                .setParameter("serviceCase", serviceCase)
                .getResultList();
    }
}
