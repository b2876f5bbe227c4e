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
import org.aftersales.web.reports.CostPlanExport;

/** GET /reports/cost-plan/{projectId}.xlsx: the project's 售后服务费用计划书 (R-C1, R-O3), in the caller's language. */
@Path("reports/cost-plan")
@RequestScoped
public class CostPlanReportResource {

    @Inject
    CostPlanExport export;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{projectId: \\d+}.xlsx")
    @Produces({CostPlanExport.CONTENT_TYPE, "application/json", "application/problem+json"})
    public Response workbook(@PathParam("projectId") long projectId) {
        CostPlanExport.Export file = export.export(projectId, ProblemResponses.locale(headers));
        return Response.ok(file.content(), CostPlanExport.CONTENT_TYPE)
                .header("Content-Disposition", FileNames.contentDisposition("attachment", file.fileName()))
                .build();
    }
}
