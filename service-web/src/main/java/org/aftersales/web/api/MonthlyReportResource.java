package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.aftersales.document.FileNames;
import org.aftersales.report.MonthlyReportService;
import org.aftersales.web.reports.CostPlanExport;
import org.aftersales.web.reports.MonthlyReportExport;

/**
 * GET /reports/monthly/{yyyy-MM}.xlsx: the monthly report to the general manager (R-O3), in the caller's language; its
 * summary sheet shows the figures of {@code GET /kpi/{yyyy-MM}}.
 */
@Path("reports/monthly")
@RequestScoped
public class MonthlyReportResource {

    @Inject
    MonthlyReportExport export;

    @Inject
    MonthlyReportService reports;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{month}.xlsx")
    @Produces({CostPlanExport.CONTENT_TYPE, "application/json", "application/problem+json"})
    public Response workbook(@PathParam("month") String month) {
        MonthlyReportExport.Export file = export.export(reports.month(month), ProblemResponses.locale(headers));
        return Response.ok(file.content(), CostPlanExport.CONTENT_TYPE)
                .header("Content-Disposition", FileNames.contentDisposition("attachment", file.fileName()))
                .build();
    }
}
