package org.aftersales.web.api;

import java.util.Map;
import org.aftersales.knowledge.KnowledgeArticle;
import org.aftersales.staff.PersonNames;

/**
 * A knowledge article (R-K3): a written summary of a repair case or a design defect. {@code state}, the submission
 * and acknowledgement fields are set by the workflow and ignored on input; {@code submit: true} on POST reports the
 * new article to leadership at once.
 */
public class ArticleDto {

    public Long id;
    public long version;
    public String kind;
    public String state;
    public String title;

    @MultiLine
    public String symptom;

    @MultiLine
    public String cause;

    @MultiLine
    public String fix;

    public String equipmentType;
    public String equipmentModel;
    public String discipline;
    public Long projectId;
    public Long equipmentItemId;
    public Long serviceCaseId;
    public Boolean submit;
    public String submittedAt;
    public String submittedBy;
    /** The display names beside the logins (issue 18 item 4). */
    public String submittedByName;

    public String acknowledgedAt;
    public String acknowledgedBy;
    public String acknowledgedByName;
    public String createdAt;
    public String createdBy;
    public String createdByName;

    static ArticleDto of(KnowledgeArticle article, Map<String, String> names) {
        ArticleDto dto = new ArticleDto();
        dto.id = article.getId();
        dto.version = article.getVersion();
        dto.kind = ApiEnums.name(article.getKind());
        dto.state = ApiEnums.name(article.getState());
        dto.title = article.getTitle();
        dto.symptom = article.getSymptom();
        dto.cause = article.getCause();
        dto.fix = article.getFix();
        dto.equipmentType = article.getEquipmentType();
        dto.equipmentModel = article.getEquipmentModel();
        dto.discipline = ApiEnums.name(article.getDiscipline());
        dto.projectId =
                article.getProject() == null ? null : article.getProject().getId();
        dto.equipmentItemId = article.getEquipmentItem() == null
                ? null
                : article.getEquipmentItem().getId();
        dto.serviceCaseId = article.getServiceCase() == null
                ? null
                : article.getServiceCase().getId();
        dto.submittedAt = ApiInstants.format(article.getSubmittedAt());
        dto.submittedBy = article.getSubmittedBy();
        dto.acknowledgedAt = ApiInstants.format(article.getAcknowledgedAt());
        dto.acknowledgedBy = article.getAcknowledgedBy();
        dto.createdAt = ApiInstants.format(article.getCreatedAt());
        dto.createdBy = article.getCreatedBy();
        dto.submittedByName = PersonNames.shown(names, dto.submittedBy);
        dto.acknowledgedByName = PersonNames.shown(names, dto.acknowledgedBy);
        dto.createdByName = PersonNames.shown(names, dto.createdBy);
        return dto;
    }
}
