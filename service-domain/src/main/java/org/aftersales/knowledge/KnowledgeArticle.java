package org.aftersales.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.aftersales.document.StoredDocument;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;

/**
 * A written summary of a repair case or a design defect (R-K3; 第四章3.10: 维修案例和设计缺陷应书面总结，报告领导，并存档备查).
 *
 * <p>The regulation asks for three things, and the article guards them: the summary is <em>written</em> — symptom,
 * cause and fix, the equipment and discipline it is about, where it came from —; it is <em>reported to
 * leadership</em> ({@link #submit}: DRAFT → SUBMITTED), which acknowledges it ({@link #acknowledge}: → ACKNOWLEDGED,
 * by whom and when recorded); and it is <em>kept for reference</em>: once acknowledged, the text stays as it was
 * reported, and it is found again through the knowledge-base search ({@link #indexed()}).
 */
@Entity
@Table(name = "knowledge_article")
public class KnowledgeArticle extends BaseEntity {

    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 2000;
    public static final int EQUIPMENT_LENGTH = 100;
    public static final int NOTE_LENGTH = 500;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleState state = ArticleState.DRAFT;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(nullable = false, length = TEXT_LENGTH)
    private String symptom;

    @Size(max = TEXT_LENGTH)
    @Column(length = TEXT_LENGTH)
    private String cause;

    @Size(max = TEXT_LENGTH)
    @Column(length = TEXT_LENGTH)
    private String fix;

    @Size(max = EQUIPMENT_LENGTH)
    @Column(name = "equipment_type", length = EQUIPMENT_LENGTH)
    private String equipmentType;

    @Size(max = EQUIPMENT_LENGTH)
    @Column(name = "equipment_model", length = EQUIPMENT_LENGTH)
    private String equipmentModel;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Discipline discipline;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "equipment_item_id")
    private EquipmentItem equipmentItem;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id")
    private ServiceCase serviceCase;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = USER_NAME_LENGTH)
    private String submittedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = USER_NAME_LENGTH)
    private String acknowledgedBy;

    @Size(max = NOTE_LENGTH)
    @Column(name = "acknowledgement_note", length = NOTE_LENGTH)
    private String acknowledgementNote;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "knowledge_article_document",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    @OrderBy("id")
    private List<StoredDocument> attachments = new ArrayList<>();

    protected KnowledgeArticle() {}

    public KnowledgeArticle(ArticleKind kind, String title, String symptom) {
        write(kind, title, symptom, null, null);
    }

    /**
     * Writes (or corrects) the summary. The title defaults to the beginning of the symptom. Refused once leadership
     * has acknowledged the article: it is kept as it was reported.
     */
    public void write(ArticleKind newKind, String newTitle, String newSymptom, String newCause, String newFix) {
        requireEditable();
        if (newKind == null) {
            throw new BusinessException("kind", "knowledge.error.kindRequired");
        }
        String symptomText = text("symptom", newSymptom);
        if (symptomText == null) {
            throw new BusinessException("symptom", "knowledge.error.symptomRequired");
        }
        String titleText = Inputs.stripToNull(newTitle);
        if (titleText == null) {
            titleText = symptomText.length() > 40 ? symptomText.substring(0, 40) + "…" : symptomText;
        }
        if (titleText.length() > TITLE_LENGTH) {
            throw new BusinessException("title", "knowledge.error.tooLong", TITLE_LENGTH);
        }
        this.kind = newKind;
        this.title = titleText;
        this.symptom = symptomText;
        this.cause = text("cause", newCause);
        this.fix = text("fix", newFix);
    }

    /** The equipment type and model and the discipline the article is about (each optional). */
    public void classify(String newEquipmentType, String newEquipmentModel, Discipline newDiscipline) {
        requireEditable();
        this.equipmentType = limited("equipmentType", newEquipmentType, EQUIPMENT_LENGTH);
        this.equipmentModel = limited("equipmentModel", newEquipmentModel, EQUIPMENT_LENGTH);
        this.discipline = newDiscipline;
    }

    /** Where the summary comes from: a project, one of its equipment items, a service case of that project. */
    public void recordSource(Project newProject, EquipmentItem newItem, ServiceCase newCase) {
        requireEditable();
        if (newItem != null && (newProject == null || !newItem.getProject().equals(newProject))) {
            throw new BusinessException("equipmentItemId", "knowledge.error.itemOfAnotherProject");
        }
        if (newCase != null && (newProject == null || !newCase.getProject().equals(newProject))) {
            throw new BusinessException("serviceCaseId", "knowledge.error.caseOfAnotherProject");
        }
        this.project = newProject;
        this.equipmentItem = newItem;
        this.serviceCase = newCase;
    }

    /** Reports the summary to leadership (DRAFT → SUBMITTED); it needs its cause and fix by then. */
    public void submit(Instant at, String by) {
        if (state != ArticleState.DRAFT) {
            throw new BusinessException("knowledge.error.notDraft");
        }
        if (cause == null || fix == null) {
            throw new BusinessException(cause == null ? "cause" : "fix", "knowledge.error.causeAndFixRequired");
        }
        this.state = ArticleState.SUBMITTED;
        this.submittedAt = at;
        this.submittedBy = by;
    }

    /** Leadership has read the report (SUBMITTED → ACKNOWLEDGED); from now on the article is kept as it is. */
    public void acknowledge(Instant at, String by, String note) {
        if (state != ArticleState.SUBMITTED) {
            throw new BusinessException("knowledge.error.notSubmitted");
        }
        this.acknowledgementNote = limited("note", note, NOTE_LENGTH);
        this.state = ArticleState.ACKNOWLEDGED;
        this.acknowledgedAt = at;
        this.acknowledgedBy = by;
    }

    /** Attaches a document (photos, measurements, the defect report); allowed in every state. */
    public void attach(StoredDocument document) {
        if (!attachments.contains(document)) {
            attachments.add(document);
        }
    }

    /** What the search index holds of the article. */
    public IndexedText indexed() {
        StringJoiner body = new StringJoiner("\n");
        body.add(symptom);
        if (cause != null) {
            body.add(cause);
        }
        if (fix != null) {
            body.add(fix);
        }
        StringJoiner label = new StringJoiner(" · ");
        String equipment = ((equipmentType == null ? "" : equipmentType) + " "
                        + (equipmentModel == null ? "" : equipmentModel))
                .strip();
        if (!equipment.isEmpty()) {
            label.add(equipment);
            body.add(equipment);
        }
        if (project != null) {
            label.add(project.getCode());
        }
        return new IndexedText(
                SearchableType.ARTICLE,
                getId(),
                kind.name(),
                discipline == null ? null : discipline.name(),
                equipmentType,
                project == null ? null : project.getId(),
                title,
                body.toString(),
                label.length() == 0 ? null : label.toString());
    }

    private void requireEditable() {
        if (!state.isEditable()) {
            throw new BusinessException("knowledge.error.acknowledgedIsKept");
        }
    }

    private static String text(String field, String value) {
        return limited(field, value, TEXT_LENGTH);
    }

    private static String limited(String field, String value, int length) {
        String stripped = Inputs.stripToNull(value);
        if (stripped != null && stripped.length() > length) {
            throw new BusinessException(field, "knowledge.error.tooLong", length);
        }
        return stripped;
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

    public Project getProject() {
        return project;
    }

    public EquipmentItem getEquipmentItem() {
        return equipmentItem;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
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

    public List<StoredDocument> getAttachments() {
        return List.copyOf(attachments);
    }
}
