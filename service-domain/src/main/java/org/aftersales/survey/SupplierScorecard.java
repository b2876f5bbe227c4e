package org.aftersales.survey;

import java.math.BigDecimal;

/**
 * One supplier's scorecard for a period (R-B3): the average score of its satisfaction surveys (the mean of the
 * responses' scores, two decimals; {@code null} without a scored response), how many responses, the quality defects
 * — cases on equipment it supplied that ended with a confirmed quality cost against it (R-C4) or a responsibility
 * split giving it a share (R-S9), each case once — and its rank by average score (1 = best); the quality costs
 * deducted from its retention in the period (R-C4) and its mean response time, in hours, to the cases forwarded to it
 * in the period (R-S2; {@code null} when none was answered), with how many forwarded cases are still unanswered. The
 * getters are for EL.
 */
public record SupplierScorecard(
        long subcontractorId,
        String name,
        BigDecimal averageScore,
        long responses,
        long qualityDefects,
        int rank,
        BigDecimal retentionDeducted,
        BigDecimal meanResponseHours,
        long unansweredForwardings) {

    public BigDecimal getRetentionDeducted() {
        return retentionDeducted;
    }

    public BigDecimal getMeanResponseHours() {
        return meanResponseHours;
    }

    public long getUnansweredForwardings() {
        return unansweredForwardings;
    }

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
