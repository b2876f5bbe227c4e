package org.aftersales.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/** A question of a survey template, worded in both languages (R-B3). */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends BaseEntity {

    public static final int TEXT_LENGTH = 300;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private SurveyTemplate template;

    @Column(nullable = false)
    private int position;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, length = 20)
    private QuestionType type;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(name = "text_zh", nullable = false, length = TEXT_LENGTH)
    private String textZh;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(name = "text_en", nullable = false, length = TEXT_LENGTH)
    private String textEn;

    @Column(nullable = false)
    private boolean required;

    protected SurveyQuestion() {}

    SurveyQuestion(SurveyTemplate template, int position, QuestionData data) {
        if (data.type() == null) {
            throw new BusinessException("questions", "survey.error.questionTypeRequired", position);
        }
        String zh = Inputs.stripToNull(data.textZh());
        String en = Inputs.stripToNull(data.textEn());
        if (zh == null || en == null) {
            throw new BusinessException("questions", "survey.error.questionTextRequired", position);
        }
        if (zh.length() > TEXT_LENGTH || en.length() > TEXT_LENGTH) {
            throw new BusinessException("questions", "survey.error.tooLong", TEXT_LENGTH);
        }
        this.template = template;
        this.position = position;
        this.type = data.type();
        this.textZh = zh;
        this.textEn = en;
        this.required = data.required();
    }

    /** The question in the reader's language: English for "en", else Chinese. */
    public String text(String language) {
        return "en".equals(language) ? textEn : textZh;
    }

    public SurveyTemplate getTemplate() {
        return template;
    }

    public int getPosition() {
        return position;
    }

    public QuestionType getType() {
        return type;
    }

    public String getTextZh() {
        return textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public boolean isRequired() {
        return required;
    }
}
