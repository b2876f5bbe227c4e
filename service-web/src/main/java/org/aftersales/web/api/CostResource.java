package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.aftersales.cost.ServiceCostService;
import org.aftersales.staff.PersonNames;

/**
 * Costs across cases: the lines outside the expense standards, flagged for the supervisor (R-C7), and the lines
 * flagged against their project's cost plan, for the specialist and the general manager (R-C1, R-C2).
 */
@Path("costs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CostResource {

    @Inject
    ServiceCostService costs;

    @Inject
    PersonNames personNames;

    /** The latest flagged lines, newest first ({@code limit} 1 … 500, 100 by default). */
    @GET
    @Path("outside-standard")
    public List<CostDto> outsideStandard(@QueryParam("limit") @DefaultValue("100") int limit) {
        Map<String, String> names = personNames.everyone();
        return costs.outsideStandard(limit).stream()
                .map(cost -> {
                    CostDto dto = CostDto.of(cost, names);
                    dto.caseNumber = cost.getServiceCase().getNumber();
                    return dto;
                })
                .toList();
    }

    /**
     * R-C1, R-C2: the latest lines flagged against their project's cost plan ({@code planDeviation}
     * OVER_APPROVED_BUDGET or BOOKED_BEFORE_APPROVAL, with {@code planNote}), newest first ({@code limit} 1 … 500).
     */
    @GET
    @Path("plan-deviations")
    public List<CostDto> planDeviations(@QueryParam("limit") @DefaultValue("100") int limit) {
        Map<String, String> names = personNames.everyone();
        return costs.flaggedAgainstPlan(limit).stream()
                .map(cost -> {
                    CostDto dto = CostDto.of(cost, names);
                    dto.caseNumber = cost.getServiceCase().getNumber();
                    return dto;
                })
                .toList();
    }
}
