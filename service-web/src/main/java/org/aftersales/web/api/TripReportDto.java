package org.aftersales.web.api;

import java.time.LocalDate;

/** The body of POST /api/cases/{id}/trip-report (R-S12). */
public class TripReportDto {
    @MultiLine
    public String text;

    public LocalDate fromDate;
    public LocalDate toDate;
}
