package org.aftersales.web.view.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.knowledge.ArticleKind;
import org.aftersales.knowledge.ArticleState;
import org.aftersales.knowledge.KnowledgeArticle;
import org.aftersales.knowledge.KnowledgeService;
import org.aftersales.project.Discipline;
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

    @Inject
    transient org.aftersales.staff.PersonNames personNames;

    private Long id;
    private ArticleKind kind;
    private ArticleState state;
    private String title;
    private String symptom;
    private String cause;
    private String fix;
    private String equipmentType;
    private String equipmentModel;
    private Discipline discipline;
    private Long projectId;
    private String projectLabel;
    private String equipmentItemLabel;
    private Long serviceCaseId;
    private String serviceCaseNumber;
    private String authorName;
    private Instant createdAt;
    private String modifierName;
    private Instant modifiedAt;
    private String submitterName;
    private Instant submittedAt;
    private String acknowledgerName;
    private Instant acknowledgedAt;
    private String acknowledgementNote;
    private List<StoredDocument> attachments = List.of();
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
        show(knowledge.findWithAttachments(id));
    }

    private void show(KnowledgeArticle article) {
        id = article.getId();
        kind = article.getKind();
        state = article.getState();
        title = article.getTitle();
        symptom = article.getSymptom();
        cause = article.getCause();
        fix = article.getFix();
        equipmentType = article.getEquipmentType();
        equipmentModel = article.getEquipmentModel();
        discipline = article.getDiscipline();
        projectId = article.getProject() == null ? null : article.getProject().getId();
        projectLabel = article.getProject() == null
                ? null
                : article.getProject().getCode() + " " + article.getProject().getName();
        equipmentItemLabel = article.getEquipmentItem() == null
                ? null
                : article.getEquipmentItem().getTag() + " "
                        + article.getEquipmentItem().getName();
        serviceCaseId = article.getServiceCase() == null
                ? null
                : article.getServiceCase().getId();
        serviceCaseNumber = article.getServiceCase() == null
                ? null
                : article.getServiceCase().getNumber();
        List<String> logins = new ArrayList<>();
        logins.add(article.getCreatedBy());
        logins.add(article.getModifiedBy());
        logins.add(article.getSubmittedBy());
        logins.add(article.getAcknowledgedBy());
        Map<String, String> found = personNames.of(logins);
        java.util.function.UnaryOperator<String> names =
                login -> login == null ? null : found.getOrDefault(login, login);
        authorName = names.apply(article.getCreatedBy());
        createdAt = article.getCreatedAt();
        modifierName = names.apply(article.getModifiedBy());
        modifiedAt = article.getModifiedAt();
        submitterName = names.apply(article.getSubmittedBy());
        submittedAt = article.getSubmittedAt();
        acknowledgerName = names.apply(article.getAcknowledgedBy());
        acknowledgedAt = article.getAcknowledgedAt();
        acknowledgementNote = article.getAcknowledgementNote();
        attachments = article.getAttachments();
    }

    public void submit() {
        KnowledgeArticle submitted = knowledge.submit(id);
        show(knowledge.findWithAttachments(submitted.getId()));
        Pages.info("knowledge.article.submitted", submitted.getTitle());
    }

    public void acknowledge() {
        KnowledgeArticle acknowledged = knowledge.acknowledge(id, note);
        show(knowledge.findWithAttachments(acknowledged.getId()));
        note = null;
        Pages.info("knowledge.article.acknowledged", acknowledged.getTitle());
    }

    public void attach() throws IOException {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            throw new BusinessException("file", "document.error.fileRequired");
        }
        StoredDocument stored = knowledge.attach(id, new DocumentUpload(file.getFileName(), file.getInputStream()));
        file = null;
        show(knowledge.findWithAttachments(id));
        Pages.info("document.saved", stored.getFileName());
    }

    /** The Edit button: writers, while leadership has not acknowledged the article (then it is kept as reported). */
    public boolean isEditAllowed() {
        return caller.may(Permission.KNOWLEDGE_WRITE) && state != null && state.isEditable();
    }

    public boolean isSubmittable() {
        return state == ArticleState.DRAFT && caller.may(Permission.KNOWLEDGE_WRITE);
    }

    public boolean isAcknowledgeable() {
        return state == ArticleState.SUBMITTED && caller.may(Permission.KNOWLEDGE_ACKNOWLEDGE);
    }

    public boolean isAttachAllowed() {
        return caller.may(Permission.KNOWLEDGE_WRITE);
    }

    /** Whether the modification is worth a line of its own (someone changed it after writing it). */
    public boolean isModifiedSinceCreated() {
        return modifiedAt != null && createdAt != null && modifiedAt.isAfter(createdAt.plusSeconds(60));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public ArticleState getState() {
        return state;
    }

    public String getTitle() {
        return title;
    }

    public String getSymptom() {
        return symptom;
    }

    public String getCause() {
        return cause;
    }

    public String getFix() {
        return fix;
    }

    public String getEquipmentType() {
        return equipmentType;
    }

    public String getEquipmentModel() {
        return equipmentModel;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getProjectLabel() {
        return projectLabel;
    }

    public String getEquipmentItemLabel() {
        return equipmentItemLabel;
    }

    public Long getServiceCaseId() {
        return serviceCaseId;
    }

    public String getServiceCaseNumber() {
        return serviceCaseNumber;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getModifierName() {
        return modifierName;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public String getSubmitterName() {
        return submitterName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getAcknowledgerName() {
        return acknowledgerName;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgementNote() {
        return acknowledgementNote;
    }

    public List<StoredDocument> getAttachments() {
        return attachments;
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
