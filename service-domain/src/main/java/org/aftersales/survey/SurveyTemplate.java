package org.aftersales.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * A satisfaction survey form (R-B3): its purpose and its questions — ratings of 1 to 5, yes/no, text — each worded in
 * Chinese and English. The questions are fixed once the first response is archived ({@link #replaceQuestions} is
 * refused then), so every archived answer keeps the question it answered; a template is retired instead.
 */
@Entity
@Table(name = "survey_template")
public class SurveyTemplate extends BaseEntity {

    public static final int NAME_LENGTH = 100;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SurveyPurpose purpose;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected SurveyTemplate() {}

    public SurveyTemplate(String name, SurveyPurpose purpose) {
        rename(name, purpose);
    }

    public void rename(String newName, SurveyPurpose newPurpose) {
        String stripped = Inputs.stripToNull(newName);
        if (stripped == null) {
            throw new BusinessException("name", "survey.error.nameRequired");
        }
        if (stripped.length() > NAME_LENGTH) {
            throw new BusinessException("name", "survey.error.tooLong", NAME_LENGTH);
        }
        if (newPurpose == null) {
            throw new BusinessException("purpose", "survey.error.purposeRequired");
        }
        this.name = stripped;
        this.purpose = newPurpose;
    }

    /** Sets the questions, in order; refused once responses exist ({@code answered}). */
    public void replaceQuestions(List<QuestionData> newQuestions, boolean answered) {
        if (answered) {
            throw new BusinessException("questions", "survey.error.templateInUse");
        }
        if (newQuestions == null || newQuestions.isEmpty()) {
            throw new BusinessException("questions", "survey.error.noQuestions");
        }
        questions.clear();
        int position = 1;
        for (QuestionData data : newQuestions) {
            questions.add(new SurveyQuestion(this, position++, data));
        }
    }

    public void retire() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public String getName() {
        return name;
    }

    public SurveyPurpose getPurpose() {
        return purpose;
    }

    public boolean isActive() {
        return active;
    }

    public List<SurveyQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
