package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.cost.CostCategory;
import org.aftersales.costplan.CostPlanLineInput;
import org.aftersales.costplan.CostPlanService;
import org.aftersales.costplan.SupplementInput;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.PersonNames;
import org.aftersales.web.api.CostPlanDtos.CostPlanDto;
import org.aftersales.web.api.CostPlanDtos.LineRequest;
import org.aftersales.web.api.CostPlanDtos.LinesRequest;
import org.aftersales.web.api.CostPlanDtos.ReasonRequest;
import org.aftersales.web.api.CostPlanDtos.SupplementRequest;

/**
 * A project's after-sales cost plan (R-C1 … R-C3): read it with plan vs actual per category; create it, change its
 * lines, submit, approve or reject it; request supplemental costs and decide them. Who may do what is checked by
 * {@link CostPlanService}: 403 for a role that may not, 404 for a project the caller may not see or without a plan.
 */
@Path("projects/{projectId}/cost-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CostPlanResource {

    @Inject
    CostPlanService plans;

    @Inject
    PersonNames personNames;

    @Context
    UriInfo uriInfo;

    @GET
    public CostPlanDto get(@PathParam("projectId") long projectId) {
        return read(projectId);
    }

    @POST
    public Response create(@PathParam("projectId") long projectId) {
        plans.create(projectId);
        return Response.created(uriInfo.getAbsolutePath())
                .entity(read(projectId))
                .build();
    }

    @PUT
    @Path("lines")
    public CostPlanDto planLines(@PathParam("projectId") long projectId, LinesRequest body) {
        if (body == null || body.lines == null) {
            throw new BadRequestException();
        }
        if (body.version == null) {
            throw new BusinessException("version", "costPlan.error.versionRequired");
        }
        List<CostPlanLineInput> lines = new ArrayList<>();
        for (int i = 0; i < body.lines.size(); i++) {
            LineRequest line = body.lines.get(i);
            if (line == null) {
                throw new BadRequestException();
            }
            String at = "lines[" + i + "].";
            lines.add(new CostPlanLineInput(
                    category(at + "category", line.category),
                    ApiValues.money(at + "planned", line.planned),
                    line.note));
        }
        plans.planLines(projectId, body.version, lines);
        return read(projectId);
    }

    @POST
    @Path("submit")
    public CostPlanDto submit(@PathParam("projectId") long projectId) {
        plans.submit(projectId);
        return read(projectId);
    }

    @POST
    @Path("approve")
    public CostPlanDto approve(@PathParam("projectId") long projectId) {
        plans.approve(projectId);
        return read(projectId);
    }

    @POST
    @Path("reject")
    public CostPlanDto reject(@PathParam("projectId") long projectId, ReasonRequest body) {
        plans.reject(projectId, body == null ? null : body.reason);
        return read(projectId);
    }

    @POST
    @Path("supplements")
    public Response requestSupplement(@PathParam("projectId") long projectId, SupplementRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        var request = plans.requestSupplement(
                projectId,
                new SupplementInput(
                        category("category", body.category),
                        ApiValues.money("amount", body.amount),
                        body.reason,
                        body.justification));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(request.getId()))
                        .build())
                .entity(read(projectId))
                .build();
    }

    @POST
    @Path("supplements/{supplementId}/approve")
    public CostPlanDto approveSupplement(
            @PathParam("projectId") long projectId, @PathParam("supplementId") long supplementId) {
        plans.approveSupplement(projectId, supplementId);
        return read(projectId);
    }

    @POST
    @Path("supplements/{supplementId}/reject")
    public CostPlanDto rejectSupplement(
            @PathParam("projectId") long projectId, @PathParam("supplementId") long supplementId, ReasonRequest body) {
        plans.rejectSupplement(projectId, supplementId, body == null ? null : body.reason);
        return read(projectId);
    }

    private CostPlanDto read(long projectId) {
        CostPlanDto dto = CostPlanDto.of(
                plans.summary(projectId).orElseThrow(() -> new NotFoundException("costPlan", projectId)));
        Map<String, String> names = personNames.everyone();
        dto.flaggedCosts = plans.flaggedCosts(projectId).stream()
                .map(cost -> {
                    CostDto line = CostDto.of(cost, names);
                    line.caseNumber = cost.getServiceCase().getNumber();
                    return line;
                })
                .toList();
        return dto;
    }

    private static CostCategory category(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(field, "costPlan.error.categoryRequired");
        }
        try {
            return CostCategory.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new BusinessException(field, "costPlan.error.categoryUnknown", value);
        }
    }
}
