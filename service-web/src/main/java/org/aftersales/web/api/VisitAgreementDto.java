package org.aftersales.web.api;

/** The body of POST /api/cases/{id}/visit-agreement (R-S7). */
public class VisitAgreementDto {
    public String agreedArrivalAt;

    @MultiLine
    public String ownerCooperation;

    public String at;
    /** Why an act claimed longer ago than the policy's late-entry bound (24 h) is entered only now; required then. */
    public String lateReason;
}
