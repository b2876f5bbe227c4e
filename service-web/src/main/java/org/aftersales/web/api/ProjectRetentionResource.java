package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Map;
import org.aftersales.retention.ProjectRetention;
import org.aftersales.retention.RecoveryRate;
import org.aftersales.retention.RetentionService;
import org.aftersales.retention.SubcontractorRetention;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.web.api.RetentionDtos.CollectionRequest;
import org.aftersales.web.api.RetentionDtos.DeductionRequest;
import org.aftersales.web.api.RetentionDtos.HoldRequest;
import org.aftersales.web.api.RetentionDtos.ProjectRetentionDto;
import org.aftersales.web.api.RetentionDtos.ProjectRetentionRequest;
import org.aftersales.web.api.RetentionDtos.ReleaseRequest;
import org.aftersales.web.api.RetentionDtos.SubcontractorRetentionDto;

/** The company's retention held by owners (R-C5). */
@Path("project-retentions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectRetentionResource {

    @Inject
    RetentionService retentions;

    @Context
    UriInfo uriInfo;

    @GET
        public PageDto<ProjectRetentionDto> listProjectRetentions(@QueryParam("projectId") Long projectId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest page = new PageRequest(offset, size, null, true);
        var found = retentions.listProjectRetentions(projectId, page);
        LocalDate today = retentions.today();
        return new PageDto<>(found.items().stream().map(r -> ProjectRetentionDto.of(r, today)).toList(),
                found.total(), page.offset(), page.size());
    }

    @POST
        public Response recordProjectRetention(ProjectRetentionRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        ProjectRetention recorded = retentions.recordProjectRetention(
                required("projectId", body.projectId, "retention.error.projectRequired"),
                ApiValues.money("amount", body.amount), body.defectLiabilityMonths);
        return Response.created(uriInfo.getBaseUriBuilder().path("project-retentions")
                        .path(String.valueOf(recorded.getId())).build())
                .entity(ProjectRetentionDto.of(recorded, retentions.today()))
                .build();
    }

    @GET
    @Path("{id}")
    public ProjectRetentionDto projectRetention(@PathParam("id") long id) {
        return ProjectRetentionDto.of(retentions.findProjectRetention(id), retentions.today());
    }

    @POST
    @Path("{id}/collections")
    public Response collect(@PathParam("id") long id, CollectionRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        var collection = retentions.collect(id, ApiValues.money("amount", body.amount), body.date);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(collection.getId())).build())
                .entity(ProjectRetentionDto.of(retentions.findProjectRetention(id), retentions.today()))
                .build();
    }

    private static long required(String field, Long value, String key) {
        if (value == null) {
            throw new BusinessException(field, key);
        }
        return value;
    }
}
