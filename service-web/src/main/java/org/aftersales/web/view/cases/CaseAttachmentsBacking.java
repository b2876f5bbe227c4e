package org.aftersales.web.view.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.aftersales.document.StoredDocument;
import org.aftersales.servicecase.CaseAttachmentService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * The photos and files received with a call (R-S1), as the case page lists them (include
 * {@code WEB-INF/includes/cases/attachments.xhtml}); each downloads through {@code /documents/download}.
 */
@Named
@RequestScoped
public class CaseAttachmentsBacking {

    @Inject
    CaseAttachmentService attachments;

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

    /** A size as people read it: 980 B, 12.5 KB, 3.4 MB. */
    public String size(long bytes) {
        return CaseIntakeFiles.size(bytes);
    }
}
