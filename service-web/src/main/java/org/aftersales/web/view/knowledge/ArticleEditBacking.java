package org.aftersales.web.view.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.knowledge.ArticleData;
import org.aftersales.knowledge.ArticleKind;
import org.aftersales.knowledge.ArticleState;
import org.aftersales.knowledge.KnowledgeArticle;
import org.aftersales.knowledge.KnowledgeService;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentService;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * knowledge/article.xhtml: the form to write a repair-case or design-defect summary (R-K3) — blank, or prefilled from a closed
 * service case or a complaint ({@code ?case=…}) —, correct it, report it to leadership, and, as leadership,
 * acknowledge it; attach documents.
 */
@Named
@ViewScoped
public class ArticleEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;
    private static final int ITEMS = 500;

    @Inject
    transient KnowledgeService knowledge;

    @Inject
    transient ProjectService projects;

    @Inject
    transient EquipmentService equipment;

    @Inject
    transient Caller caller;

    private Long id;
    private Long caseId;
    private long version;
    private ArticleKind kind = ArticleKind.REPAIR_CASE;
    private String title;
    private String symptom;
    private String cause;
    private String fix;
    private String equipmentType;
    private String equipmentModel;
    private Discipline discipline;
    private Choice project;
    private Long equipmentItemId;
    private Long serviceCaseId;
    private String serviceCaseNumber;
    private ArticleState state;
    private Instant submittedAt;
    private String submittedBy;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private String acknowledgementNote;
    private String note;
    private List<StoredDocument> attachments = List.of();
    private List<Choice> items = List.of();
    private final ChoiceConverter projectChoices = new ChoiceConverter();
    private transient UploadedFile file;

    /** Called by f:viewAction: the article named in the URL, a draft from a case, or a blank one. */
    public void load() {
        if (!caller.may(Permission.KNOWLEDGE_VIEW) || id == null && !caller.may(Permission.KNOWLEDGE_WRITE)) {
            Pages.sendError(403);
            return;
        }
        if (id != null) {
            show(knowledge.findWithAttachments(id));
            if (!isEditable()) {
                // Issue 18 item 10: whoever may not (or no longer) correct the article reads it, not a greyed-out form.
                Pages.redirect("/knowledge/view.xhtml?id=" + id);
            }
        } else if (caseId != null) {
            prefill(knowledge.draftFromCase(caseId));
        }
    }

    private void show(KnowledgeArticle article) {
        id = article.getId();
        version = article.getVersion();
        kind = article.getKind();
        title = article.getTitle();
        symptom = article.getSymptom();
        cause = article.getCause();
        fix = article.getFix();
        equipmentType = article.getEquipmentType();
        equipmentModel = article.getEquipmentModel();
        discipline = article.getDiscipline();
        Project p = article.getProject();
        project = p == null ? null : projectChoices.remember(choiceOf(p));
        items = p == null ? List.of() : itemsOf(p.getId());
        equipmentItemId = article.getEquipmentItem() == null
                ? null
                : article.getEquipmentItem().getId();
        serviceCaseId = article.getServiceCase() == null
                ? null
                : article.getServiceCase().getId();
        serviceCaseNumber = article.getServiceCase() == null
                ? null
                : article.getServiceCase().getNumber();
        state = article.getState();
        submittedAt = article.getSubmittedAt();
        submittedBy = article.getSubmittedBy();
        acknowledgedAt = article.getAcknowledgedAt();
        acknowledgedBy = article.getAcknowledgedBy();
        acknowledgementNote = article.getAcknowledgementNote();
        attachments = article.getAttachments();
    }

    private void prefill(ArticleData data) {
        kind = data.kind();
        title = data.title();
        symptom = data.symptom();
        cause = data.cause();
        fix = data.fix();
        equipmentType = data.equipmentType();
        equipmentModel = data.equipmentModel();
        discipline = data.discipline();
        if (data.projectId() != null) {
            project = projectChoices.remember(choiceOf(projects.find(data.projectId())));
            items = itemsOf(data.projectId());
        }
        equipmentItemId = data.equipmentItemId();
        serviceCaseId = data.serviceCaseId();
    }

    public void save() throws IOException {
        ArticleData data = new ArticleData(
                kind,
                title,
                symptom,
                cause,
                fix,
                equipmentType,
                equipmentModel,
                discipline,
                project == null ? null : project.id(),
                equipmentItemId,
                serviceCaseId);
        KnowledgeArticle saved = id == null ? knowledge.create(data) : knowledge.update(id, version, data);
        Pages.infoAfterRedirect("knowledge.article.saved", saved.getTitle());
        Pages.redirect("/knowledge/view.xhtml?id=" + saved.getId());
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

    public void projectChosen() {
        equipmentItemId = null;
        items = project == null ? List.of() : itemsOf(project.id());
    }

    public List<Choice> completeProject(String query) {
        return projectChoices.offer(
                projects.list(new ProjectFilter(query, null, null), PageRequest.first(SUGGESTIONS)).items().stream()
                        .map(ArticleEditBacking::choiceOf)
                        .toList());
    }

    private List<Choice> itemsOf(long projectId) {
        return equipment.list(projectId, null, new PageRequest(0, ITEMS, "tag", true)).items().stream()
                .map(e -> new Choice(e.getId(), e.getTag() + " " + e.getName()))
                .toList();
    }

    private static Choice choiceOf(Project p) {
        return new Choice(p.getId(), p.getCode() + " " + p.getName());
    }

    public boolean isNew() {
        return id == null;
    }

    /** Writers correct the text until leadership has acknowledged it. */
    public boolean isEditable() {
        return caller.may(Permission.KNOWLEDGE_WRITE) && (state == null || state.isEditable());
    }

    public boolean isSubmittable() {
        return id != null && state == ArticleState.DRAFT && caller.may(Permission.KNOWLEDGE_WRITE);
    }

    public boolean isAcknowledgeable() {
        return state == ArticleState.SUBMITTED && caller.may(Permission.KNOWLEDGE_ACKNOWLEDGE);
    }

    public boolean isAttachAllowed() {
        return id != null && caller.may(Permission.KNOWLEDGE_WRITE);
    }

    public ArticleKind[] getKinds() {
        return ArticleKind.values();
    }

    public Discipline[] getDisciplines() {
        return Discipline.values();
    }

    public List<Choice> getItems() {
        return items;
    }

    public ChoiceConverter getProjectChoices() {
        return projectChoices;
    }

    public List<StoredDocument> getAttachments() {
        return attachments;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public void setKind(ArticleKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSymptom() {
        return symptom;
    }

    public void setSymptom(String symptom) {
        this.symptom = symptom;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause;
    }

    public String getFix() {
        return fix;
    }

    public void setFix(String fix) {
        this.fix = fix;
    }

    public String getEquipmentType() {
        return equipmentType;
    }

    public void setEquipmentType(String equipmentType) {
        this.equipmentType = equipmentType;
    }

    public String getEquipmentModel() {
        return equipmentModel;
    }

    public void setEquipmentModel(String equipmentModel) {
        this.equipmentModel = equipmentModel;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public Choice getProject() {
        return project;
    }

    public void setProject(Choice project) {
        this.project = project;
    }

    public Long getEquipmentItemId() {
        return equipmentItemId;
    }

    public void setEquipmentItemId(Long equipmentItemId) {
        this.equipmentItemId = equipmentItemId;
    }

    public String getServiceCaseNumber() {
        return serviceCaseNumber;
    }

    public Long getServiceCaseId() {
        return serviceCaseId;
    }

    public ArticleState getState() {
        return state;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public String getAcknowledgementNote() {
        return acknowledgementNote;
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
