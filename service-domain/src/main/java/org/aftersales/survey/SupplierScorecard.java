package org.aftersales.survey;

import java.math.BigDecimal;

/**
 * One supplier's scorecard for a period (R-B3): the average score of its satisfaction surveys (the mean of the
 * responses' scores, two decimals; {@code null} without a scored response), how many responses, the quality defects
 * — service cases registered about equipment it supplied — and its rank by average score (1 = best). Retention
 * deductions and the response time to forwarded cases join the scorecard when their registers exist. The getters are
 * for EL.
 */
public record SupplierScorecard(long subcontractorId, String name, BigDecimal averageScore, long responses,
        long qualityDefects, int rank) {

    public long getSubcontractorId() {
        return subcontractorId;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getAverageScore() {
        return averageScore;
    }

    public long getResponses() {
        return responses;
    }

    public long getQualityDefects() {
        return qualityDefects;
    }

    public int getRank() {
        return rank;
    }
}
