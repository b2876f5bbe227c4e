package org.aftersales.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.project.Project;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.subcontractor.Subcontractor;

/**
 * An archived survey response (R-B3: 满意度调查存档), per project and — for a supplier survey — per supplier: who answered,
 * when, every answer, and its score. The score is the mean of the response's ratings (1–5, two decimals); yes/no and
 * text answers are archived but not scored. A response is never changed: the supplier scorecards are built from it.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends BaseEntity {

    public static final int RESPONDENT_LENGTH = 100;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private SurveyTemplate template;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subcontractor_id", updatable = false)
    private Subcontractor subcontractor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", updatable = false)
    private ServiceCase serviceCase;

    @NotBlank
    @Size(max = RESPONDENT_LENGTH)
    @Column(nullable = false, updatable = false, length = RESPONDENT_LENGTH)
    private String respondent;

    @Column(name = "answered_date", nullable = false, updatable = false)
    private LocalDate answeredDate;

    @Column(precision = 4, scale = 2, updatable = false)
    private BigDecimal score;

    @OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    private List<SurveyAnswer> answers = new ArrayList<>();

    protected SurveyResponse() {}

    /**
     * Archives a response to {@code template}: the supplier is required by (and only allowed on) a supplier survey;
     * every required question must be answered, ratings from 1 to 5; answers to questions of another template are
     * refused.
     */
    public SurveyResponse(
            SurveyTemplate template,
            Project project,
            Subcontractor subcontractor,
            ServiceCase serviceCase,
            String respondent,
            LocalDate answeredDate,
            List<AnswerData> answerData,
            LocalDate today) {
        if (!template.isActive()) {
            throw new BusinessException(null, "survey.error.templateRetired", template.getName());
        }
        if (project == null) {
            throw new BusinessException("projectId", "survey.error.projectRequired");
        }
        if (template.getPurpose().evaluatesSupplier() && subcontractor == null) {
            throw new BusinessException("subcontractorId", "survey.error.supplierRequired");
        }
        if (!template.getPurpose().evaluatesSupplier() && subcontractor != null) {
            throw new BusinessException("subcontractorId", "survey.error.supplierNotAsked");
        }
        if (serviceCase != null && !serviceCase.getProject().equals(project)) {
            throw new BusinessException("serviceCaseId", "survey.error.caseOfAnotherProject");
        }
        String name = Inputs.stripToNull(respondent);
        if (name == null) {
            throw new BusinessException("respondent", "survey.error.respondentRequired");
        }
        if (answeredDate == null || answeredDate.isAfter(today)) {
            throw new BusinessException("answeredDate", "survey.error.answeredDate");
        }
        this.template = template;
        this.project = project;
        this.subcontractor = subcontractor;
        this.serviceCase = serviceCase;
        this.respondent = name.length() > RESPONDENT_LENGTH ? name.substring(0, RESPONDENT_LENGTH) : name;
        this.answeredDate = answeredDate;
        record(answerData == null ? List.of() : answerData);
    }

    private void record(List<AnswerData> answerData) {
        Map<Long, AnswerData> byQuestion = new HashMap<>();
        for (AnswerData data : answerData) {
            boolean known =
                    template.getQuestions().stream().anyMatch(q -> q.getId().equals(data.questionId()));
            if (!known) {
                throw new BusinessException("answers", "survey.error.unknownQuestion", data.questionId());
            }
            byQuestion.put(data.questionId(), data);
        }
        int ratings = 0;
        int sum = 0;
        for (SurveyQuestion question : template.getQuestions()) {
            SurveyAnswer answer = SurveyAnswer.of(this, question, byQuestion.get(question.getId()));
            if (answer != null) {
                answers.add(answer);
                if (answer.getRating() != null) {
                    ratings++;
                    sum += answer.getRating();
                }
            }
        }
        this.score = ratings == 0
                ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP);
    }

    public SurveyTemplate getTemplate() {
        return template;
    }

    public Project getProject() {
        return project;
    }

    public Subcontractor getSubcontractor() {
        return subcontractor;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public String getRespondent() {
        return respondent;
    }

    public LocalDate getAnsweredDate() {
        return answeredDate;
    }

    public BigDecimal getScore() {
        return score;
    }

    public List<SurveyAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
