package org.aftersales.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/** One answer of an archived response, to the question it answered; never changed. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends BaseEntity {

    public static final int TEXT_LENGTH = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id", nullable = false, updatable = false)
    private SurveyResponse response;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private SurveyQuestion question;

    @Column(updatable = false)
    private Integer rating;

    @Column(name = "yes_answer", updatable = false)
    private Boolean yes;

    @Size(max = TEXT_LENGTH)
    @Column(name = "text_answer", length = TEXT_LENGTH, updatable = false)
    private String text;

    protected SurveyAnswer() {}

    /** The answer of the type the question asks for; null when the (optional) question was left out. */
    static SurveyAnswer of(SurveyResponse response, SurveyQuestion question, AnswerData data) {
        SurveyAnswer answer = new SurveyAnswer();
        answer.response = response;
        answer.question = question;
        switch (question.getType()) {
            case RATING -> {
                Integer rating = data == null ? null : data.rating();
                if (rating != null && (rating < QuestionType.MIN_RATING || rating > QuestionType.MAX_RATING)) {
                    throw new BusinessException(
                            "answers",
                            "survey.error.ratingRange",
                            question.getPosition(),
                            QuestionType.MIN_RATING,
                            QuestionType.MAX_RATING);
                }
                answer.rating = rating;
            }
            case YES_NO -> answer.yes = data == null ? null : data.yes();
            case TEXT -> {
                String text = data == null ? null : Inputs.stripToNull(data.text());
                if (text != null && text.length() > TEXT_LENGTH) {
                    throw new BusinessException("answers", "survey.error.tooLong", TEXT_LENGTH);
                }
                answer.text = text;
            }
        }
        if (answer.isEmpty()) {
            if (question.isRequired()) {
                throw new BusinessException("answers", "survey.error.answerRequired", question.getPosition());
            }
            return null;
        }
        return answer;
    }

    private boolean isEmpty() {
        return rating == null && yes == null && text == null;
    }

    public SurveyResponse getResponse() {
        return response;
    }

    public SurveyQuestion getQuestion() {
        return question;
    }

    public Integer getRating() {
        return rating;
    }

    public Boolean getYes() {
        return yes;
    }

    public String getText() {
        return text;
    }
}
