package org.aftersales.web.api;

/** The body of POST /api/cases/{id}/visit-agreement (R-S7). */
public class VisitAgreementDto {
    public String agreedArrivalAt;

    @MultiLine
    public String ownerCooperation;

    public String at;
}
