package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;

/**
 * The company's supervising leader's assessment of a service (主管领导考核, R-S12; 第四章第三条): workload, service
 * quality and cost control, each scored 1 (poor) to 5 (excellent), with a comment. The assessor is a company leader —
 * never the owner's signer, who is no user at all — and never one of the engineers sent: nobody assesses their own
 * work. One per case.
 */
@Entity
@Table(name = "service_assessment")
public class ServiceAssessment extends BaseEntity {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int COMMENT_LENGTH = 2000;

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false, unique = true)
    private ServiceCase serviceCase;

    /** The user name of the supervising leader. */
    @Column(nullable = false, updatable = false, length = USER_NAME_LENGTH)
    private String assessor;

    @Min(MIN_SCORE)
    @Max(MAX_SCORE)
    @Column(name = "workload_score", nullable = false, updatable = false)
    private int workloadScore;

    @Min(MIN_SCORE)
    @Max(MAX_SCORE)
    @Column(name = "quality_score", nullable = false, updatable = false)
    private int qualityScore;

    @Min(MIN_SCORE)
    @Max(MAX_SCORE)
    @Column(name = "cost_control_score", nullable = false, updatable = false)
    private int costControlScore;

    @Size(max = COMMENT_LENGTH)
    @Column(name = "assessment_comment", updatable = false, length = COMMENT_LENGTH)
    private String comment;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;

    protected ServiceAssessment() {}

    ServiceAssessment(
            ServiceCase serviceCase,
            String assessor,
            Integer workload,
            Integer quality,
            Integer costControl,
            String comment,
            Instant at) {
        this.workloadScore = score("workloadScore", workload);
        this.qualityScore = score("qualityScore", quality);
        this.costControlScore = score("costControlScore", costControl);
        String text = Inputs.stripToNull(comment);
        if (text != null && text.length() > COMMENT_LENGTH) {
            throw new BusinessException("comment", "case.error.tooLong", COMMENT_LENGTH);
        }
        this.serviceCase = serviceCase;
        this.assessor = assessor;
        this.comment = text;
        this.assessedAt = at;
    }

    private static int score(String field, Integer value) {
        if (value == null || value < MIN_SCORE || value > MAX_SCORE) {
            throw new BusinessException(field, "assessment.error.score", MIN_SCORE, MAX_SCORE);
        }
        return value;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public String getAssessor() {
        return assessor;
    }

    public int getWorkloadScore() {
        return workloadScore;
    }

    public int getQualityScore() {
        return qualityScore;
    }

    public int getCostControlScore() {
        return costControlScore;
    }

    public String getComment() {
        return comment;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
