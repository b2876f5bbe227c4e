package org.aftersales.web.view.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.knowledge.ArticleState;
import org.aftersales.knowledge.KnowledgeArticle;
import org.aftersales.knowledge.KnowledgeService;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * knowledge/view.xhtml: a knowledge article to read (R-K3, issue 18 item 10) — title, equipment and model, symptom,
 * cause, repair steps, attachments, the people (by name) and dates of writing, reporting and acknowledging. Writers
 * get an Edit button while the article may still be corrected (knowledge/article.xhtml stays the form); leadership
 * acknowledges a reported summary here.
 */
@Named
@ViewScoped
public class ArticleViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KnowledgeService knowledge;

    @Inject
    transient Caller caller;

    private Long id;

    /** Read again after the view was restored elsewhere (the entity is not serializable; the id is). */
    private transient KnowledgeArticle article;

    private String note;
    private transient UploadedFile file;

    /** Called by f:viewAction: the article named in the URL. */
    public void load() {
        if (!caller.may(Permission.KNOWLEDGE_VIEW)) {
            Pages.sendError(403);
            return;
        }
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        article = knowledge.findWithAttachments(id);
    }

    /** The article as stored; the page reads its fields and names its people through {@code #{people.name(…)}}. */
    public KnowledgeArticle getArticle() {
        if (article == null && id != null) {
            article = knowledge.findWithAttachments(id);
        }
        return article;
    }

    public void submit() {
        KnowledgeArticle submitted = knowledge.submit(id);
        article = knowledge.findWithAttachments(submitted.getId());
        Pages.info("knowledge.article.submitted", submitted.getTitle());
    }

    public void acknowledge() {
        KnowledgeArticle acknowledged = knowledge.acknowledge(id, note);
        article = knowledge.findWithAttachments(acknowledged.getId());
        note = null;
        Pages.info("knowledge.article.acknowledged", acknowledged.getTitle());
    }

    public void attach() throws IOException {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            throw new BusinessException("file", "document.error.fileRequired");
        }
        StoredDocument stored = knowledge.attach(id, new DocumentUpload(file.getFileName(), file.getInputStream()));
        file = null;
        article = knowledge.findWithAttachments(id);
        Pages.info("document.saved", stored.getFileName());
    }

    /** The Edit button: writers, while leadership has not acknowledged the article (then it is kept as reported). */
    public boolean isEditAllowed() {
        return caller.may(Permission.KNOWLEDGE_WRITE) && getArticle().getState().isEditable();
    }

    public boolean isSubmittable() {
        return getArticle().getState() == ArticleState.DRAFT && caller.may(Permission.KNOWLEDGE_WRITE);
    }

    public boolean isAcknowledgeable() {
        return getArticle().getState() == ArticleState.SUBMITTED && caller.may(Permission.KNOWLEDGE_ACKNOWLEDGE);
    }

    public boolean isAttachAllowed() {
        return caller.may(Permission.KNOWLEDGE_WRITE);
    }

    /** Whether the modification is worth a line of its own (someone changed it after writing it). */
    public boolean isModifiedSinceCreated() {
        Instant createdAt = getArticle().getCreatedAt();
        Instant modifiedAt = getArticle().getModifiedAt();
        return modifiedAt != null && createdAt != null && modifiedAt.isAfter(createdAt.plusSeconds(60));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
