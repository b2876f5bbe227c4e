package org.aftersales.web.api;

/** The body of POST /api/cases/{id}/assessment (R-S12): scores 1 (poor) to 5 (excellent) and a comment. */
public class AssessmentDto {
    public Integer workloadScore;
    public Integer qualityScore;
    public Integer costControlScore;

    @MultiLine
    public String comment;

    public String at;
    /** Why an act claimed longer ago than the policy's late-entry bound (24 h) is entered only now; required then. */
    public String lateReason;
}
