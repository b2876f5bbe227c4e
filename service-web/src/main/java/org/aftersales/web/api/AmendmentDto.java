package org.aftersales.web.api;

/** The body of POST /api/cases/{id}/service-report/amendments (R-S8): the correction, recorded now. */
public class AmendmentDto {
    @MultiLine
    public String text;
}
