package org.aftersales.web.view.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.servicecase.CaseAttachmentService;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The photos and files received with a call (R-S1), as the case page lists them (include
 * {@code WEB-INF/includes/cases/attachments.xhtml}); each downloads through {@code /documents/download}.
 *
 * <p>What arrives after registration (a photo the owner mails the next day) is added on the same panel, by the roles
 * that may register a call ({@link Permission#CASE_REGISTER}, as {@code POST /api/cases/{id}/attachments}), through
 * the same domain service as at intake and in the API: the document store's checks (size limit, type by content), one
 * transaction per file, so a refused file leaves nothing behind. A refusal shows next to the upload, translated.
 */
@Named
@RequestScoped
public class CaseAttachmentsBacking {

    @Inject
    CaseAttachmentService attachments;

    @Inject
    DocumentStore documents;

    @Inject
    CaseViewBacking caseView;

    @Inject
    Caller caller;

    private List<StoredDocument> loaded;

    /** The case's files, read once per request; none for a role that may not see documents. */
    public List<StoredDocument> of(Long caseId) {
        if (loaded == null) {
            loaded = caseId == null || !caller.may(Permission.DOCUMENT_VIEW) ? List.of() : attachments.of(caseId);
        }
        return loaded;
    }

    /** Whether the caller may add files to the case: whoever may register a call, as in the API. */
    public boolean isMayAdd() {
        return caller.may(Permission.CASE_REGISTER);
    }

    /** Stores one chosen file with the case shown; a refusal of the store's checks shows next to the upload. */
    public void attach(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        FacesContext context = FacesContext.getCurrentInstance();
        try (InputStream content = file.getInputStream()) {
            StoredDocument stored =
                    attachments.attach(caseView.getId(), new DocumentUpload(file.getFileName(), content));
            loaded = null;
            Pages.info("case.files.added", stored.getFileName());
        } catch (BusinessException refused) {
            // Rolled back by the service's transaction: neither the file nor its link to the case is stored.
            context.addMessage(
                    event.getComponent().getClientId(context),
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            Pages.text(refused.getMessageKey(), refused.getArguments()),
                            null));
            context.validationFailed();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public long getMaxSizeBytes() {
        return documents.maxSizeMb() * 1024 * 1024;
    }

    public long getMaxSizeMb() {
        return documents.maxSizeMb();
    }

    /** A size as people read it: 980 B, 12.5 KB, 3.4 MB. */
    public String size(long bytes) {
        return CaseIntakeFiles.size(bytes);
    }
}
