package org.aftersales.web.api;

/** The body of POST /api/cases (R-S1): what was received, from whom, when. */
public class CaseIntakeDto {
    public Long projectId;
    public Long equipmentItemId;
    public String channel;
    public String type;
    public String reporterName;
    /** RFC 3339 with an offset; defaults to now (the case then says {@code receivedAtDefaulted}). */
    public String receivedAt;
    /** Why a call received longer ago than the policy's late-entry bound (24 h) is registered only now. */
    public String lateReason;

    @MultiLine
    public String description;

    public boolean majorMatter;
    public boolean crisis;

    /**
     * For FEEDBACK and COMPLAINT: QUALITY, FUNCTION or DESIGN when the matter concerns the product's quality, function
     * or design reasonableness (R-S10) — the case is then handed off and closes or is cancelled only once answered.
     */
    public String concern;
}
