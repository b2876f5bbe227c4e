package org.aftersales.web.view.surveys;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectService;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.SubcontractorService;
import org.aftersales.survey.AnswerData;
import org.aftersales.survey.QuestionType;
import org.aftersales.survey.ResponseData;
import org.aftersales.survey.SurveyQuestion;
import org.aftersales.survey.SurveyResponse;
import org.aftersales.survey.SurveyService;
import org.aftersales.survey.SurveyTemplate;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.UserSession;

/**
 * surveys/answer.xhtml?template=…: fills in a satisfaction survey (R-B3) — a supplier on a project, or the owner
 * after a service — and archives it. From a closed case ({@code &case=…}) an owner survey starts with the case's
 * project and caller and is archived with the case.
 */
@Named
@ViewScoped
public class SurveyAnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    transient SurveyService surveys;

    @Inject
    transient ProjectService projects;

    @Inject
    transient SubcontractorService subcontractors;

    @Inject
    transient Caller caller;

    @Inject
    transient ServiceCaseService cases;

    @Inject
    UserSession session;

    private Long templateId;
    /** The closed service case an owner survey follows ({@code ?case=…}), or {@code null}. */
    private Long caseId;

    private String caseNumber;
    private String templateName;
    private boolean supplierSurvey;
    private Choice project;
    private Long subcontractorId;
    private List<Choice> suppliers = List.of();
    private String respondent;
    private LocalDate answeredDate;
    private List<Answer> answers = new ArrayList<>();
    private final ChoiceConverter projectChoices = new ChoiceConverter();

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.SURVEY_ANSWER)) {
            Pages.sendError(403);
            return;
        }
        if (templateId == null) {
            Pages.sendError(404);
            return;
        }
        SurveyTemplate template = surveys.findTemplate(templateId);
        templateName = template.getName();
        supplierSurvey = template.getPurpose().evaluatesSupplier();
        answeredDate = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String language = session.isEnglish() ? "en" : "zh";
        answers = new ArrayList<>();
        for (SurveyQuestion question : template.getQuestions()) {
            answers.add(new Answer(
                    question.getId(),
                    question.getPosition(),
                    question.text(language),
                    question.getType(),
                    question.isRequired()));
        }
        if (caseId != null && !supplierSurvey) {
            // R-B3 owner satisfaction after a service: the case gives the project and who called.
            ServiceCase serviceCase = cases.find(caseId);
            caseNumber = serviceCase.getNumber();
            Project caseProject = serviceCase.getProject();
            project = projectChoices.remember(choiceOf(caseProject));
            respondent = serviceCase.getReporterName();
        } else {
            caseId = null;
        }
    }

    public List<Choice> completeProject(String query) {
        return projectChoices.offer(
                projects.list(new ProjectFilter(query, null, null), PageRequest.first(SUGGESTIONS)).items().stream()
                        .map(SurveyAnswerBacking::choiceOf)
                        .toList());
    }

    public void projectChosen() {
        subcontractorId = null;
        suppliers = project == null
                ? List.of()
                : subcontractors
                        .listForProject(project.id(), new PageRequest(0, 200, "subcontractorName", true))
                        .items()
                        .stream()
                        .map(ps -> new Choice(
                                ps.getSubcontractor().getId(),
                                ps.getSubcontractor().getName()))
                        .toList();
    }

    public void save() {
        List<AnswerData> data = answers.stream()
                .map(a -> new AnswerData(
                        a.questionId, a.rating == null || a.rating == 0 ? null : a.rating, a.yes, a.text))
                .toList();
        SurveyResponse response = surveys.answer(
                templateId,
                new ResponseData(
                        project == null ? null : project.id(),
                        supplierSurvey ? subcontractorId : null,
                        caseId,
                        respondent,
                        answeredDate,
                        data));
        Pages.infoAfterRedirect(
                "survey.answered",
                templateName,
                response.getScore() == null ? "—" : response.getScore().toPlainString());
        Pages.redirect("/surveys/responses.xhtml");
    }

    private static Choice choiceOf(Project p) {
        return new Choice(p.getId(), p.getCode() + " " + p.getName());
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getTemplateName() {
        return templateName;
    }

    public boolean isSupplierSurvey() {
        return supplierSurvey;
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    public List<Choice> getSuppliers() {
        return suppliers;
    }

    public ChoiceConverter getProjectChoices() {
        return projectChoices;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public Choice getProject() {
        return project;
    }

    public void setProject(Choice project) {
        this.project = project;
    }

    public Long getSubcontractorId() {
        return subcontractorId;
    }

    public void setSubcontractorId(Long subcontractorId) {
        this.subcontractorId = subcontractorId;
    }

    public String getRespondent() {
        return respondent;
    }

    public void setRespondent(String respondent) {
        this.respondent = respondent;
    }

    public LocalDate getAnsweredDate() {
        return answeredDate;
    }

    public void setAnsweredDate(LocalDate answeredDate) {
        this.answeredDate = answeredDate;
    }

    /** One question on the form and what was answered. */
    public static class Answer implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long questionId;
        private final int position;
        private final String question;
        private final QuestionType type;
        private final boolean required;
        private Integer rating;
        private Boolean yes;
        private String text;

        Answer(long questionId, int position, String question, QuestionType type, boolean required) {
            this.questionId = questionId;
            this.position = position;
            this.question = question;
            this.type = type;
            this.required = required;
        }

        public int getPosition() {
            return position;
        }

        public String getQuestion() {
            return question;
        }

        public String getType() {
            return type.name();
        }

        public boolean isRequired() {
            return required;
        }

        public Integer getRating() {
            return rating;
        }

        public void setRating(Integer rating) {
            this.rating = rating;
        }

        public Boolean getYes() {
            return yes;
        }

        public void setYes(Boolean yes) {
            this.yes = yes;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
