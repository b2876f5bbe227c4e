package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Map;
import org.aftersales.report.MonthlyReportService;
import org.aftersales.retention.RecoveryRate;
import org.aftersales.retention.RetentionService;
import org.aftersales.shared.BusinessException;

/** Headline figures: the month's summary for the general manager (R-O3) and the retention recovery rate (R-C5). */
@Path("kpi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KpiResource {

    @Inject
    RetentionService retentions;

    @Inject
    MonthlyReportService reports;

    @Context
    UriInfo uriInfo;

    /** R-O3: the summary figures of a month ({@code yyyy-MM}), as on the monthly workbook's summary sheet. */
    @GET
    @Path("{month}")
    public KpiDto month(@PathParam("month") String month) {
        return KpiDto.of(reports.kpi(reports.month(month)));
    }

    /** R-C5: the retention recovery rate of a period, overall or for one project ("—" = null when nothing fell due). */
    @GET
    @Path("retention-recovery-rate")
    public Map<String, Object> recoveryRate(
            @QueryParam("from") String fromText,
            @QueryParam("to") String toText,
            @QueryParam("projectId") Long projectId) {
        LocalDate from = ApiValues.date("from", fromText);
        LocalDate to = ApiValues.date("to", toText);
        RecoveryRate rate = retentions.recoveryRate(from, to, projectId);
        java.util.HashMap<String, Object> result = new java.util.HashMap<>();
        result.put("from", from == null ? null : from.toString());
        result.put("to", to == null ? null : to.toString());
        result.put("due", rate.due().toString());
        result.put("collected", rate.collected().toString());
        result.put("retentionRecoveryRate", rate.percent().orElse(null));
        return result;
    }

    private static long required(String field, Long value, String key) {
        if (value == null) {
            throw new BusinessException(field, key);
        }
        return value;
    }
}
