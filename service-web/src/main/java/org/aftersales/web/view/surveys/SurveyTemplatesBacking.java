package org.aftersales.web.view.surveys;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.survey.QuestionData;
import org.aftersales.survey.QuestionType;
import org.aftersales.survey.SurveyPurpose;
import org.aftersales.survey.SurveyQuestion;
import org.aftersales.survey.SurveyService;
import org.aftersales.survey.SurveyTemplate;
import org.aftersales.web.view.Pages;

/**
 * surveys/templates.xhtml: the survey templates (R-B3) with their questions in Chinese and English, and the editor;
 * a template already answered keeps its questions and can be retired.
 */
@Named
@ViewScoped
public class SurveyTemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SurveyService surveys;

    @Inject
    transient Caller caller;

    private List<SurveyTemplate> templates = List.of();
    private Long id;
    private long version;
    private String name;
    private SurveyPurpose purpose;
    private boolean answered;
    private List<Question> questions = new ArrayList<>();

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.SURVEY_VIEW)) {
            Pages.sendError(403);
            return;
        }
        templates = surveys.templates(null, false);
    }

    public void startNew() {
        id = null;
        name = null;
        purpose = SurveyPurpose.SUPPLIER_SATISFACTION;
        answered = false;
        questions = new ArrayList<>();
        addQuestion();
    }

    public void startEdit(long templateId) {
        SurveyTemplate template = surveys.findTemplate(templateId);
        id = template.getId();
        version = template.getVersion();
        name = template.getName();
        purpose = template.getPurpose();
        answered = surveys.responseCount(template) > 0;
        questions = new ArrayList<>();
        for (SurveyQuestion q : template.getQuestions()) {
            Question row = new Question();
            row.type = q.getType();
            row.textZh = q.getTextZh();
            row.textEn = q.getTextEn();
            row.required = q.isRequired();
            questions.add(row);
        }
    }

    public void addQuestion() {
        Question row = new Question();
        row.type = QuestionType.RATING;
        row.required = true;
        questions.add(row);
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < questions.size()) {
            questions.remove(index);
        }
    }

    public void save() {
        List<QuestionData> data = questions.stream()
                .map(q -> new QuestionData(q.type, q.textZh, q.textEn, q.required))
                .toList();
        SurveyTemplate saved = id == null
                ? surveys.createTemplate(name, purpose, data)
                : surveys.updateTemplate(id, version, name, purpose, answered ? null : data);
        templates = surveys.templates(null, false);
        Pages.info("survey.template.saved", saved.getName());
    }

    public void toggleActive(long templateId, boolean active) {
        SurveyTemplate template = surveys.setActive(templateId, active);
        templates = surveys.templates(null, false);
        Pages.info(active ? "survey.template.reactivated" : "survey.template.retired", template.getName());
    }

    public boolean isEditable() {
        return caller.may(Permission.SURVEY_TEMPLATE_EDIT);
    }

    public List<SurveyTemplate> getTemplates() {
        return templates;
    }

    public SurveyPurpose[] getPurposes() {
        return SurveyPurpose.values();
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isAnswered() {
        return answered;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SurveyPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(SurveyPurpose purpose) {
        this.purpose = purpose;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    /** One editable question row. */
    public static class Question implements Serializable {

        private static final long serialVersionUID = 1L;

        private QuestionType type;
        private String textZh;
        private String textEn;
        private boolean required;

        public QuestionType getType() {
            return type;
        }

        public void setType(QuestionType type) {
            this.type = type;
        }

        public String getTextZh() {
            return textZh;
        }

        public void setTextZh(String textZh) {
            this.textZh = textZh;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }
}
