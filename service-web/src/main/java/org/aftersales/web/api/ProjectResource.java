package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectPhase;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;

/** Projects for the ERP (R-L1): list, read, create, update. */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectService projects;

    @Context
    UriInfo uriInfo;

    @GET
    public PageDto<ProjectDto> list(
            @QueryParam("q") String text,
            @QueryParam("phase") String phase,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") @DefaultValue("code") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending) {
        ProjectPhase wanted = phase == null || phase.isBlank() ? null : phase(phase);
        PageRequest page = new PageRequest(offset, size, sort, !descending);
        Page<Project> found = projects.list(new ProjectFilter(text, wanted, null), page);
        LocalDate today = projects.today();
        return new PageDto<>(
                found.items().stream().map(p -> ProjectDto.of(p, today)).toList(),
                found.total(),
                page.offset(),
                page.size());
    }

    @GET
    @Path("{id}")
    public ProjectDto get(@PathParam("id") long id) {
        return ProjectDto.of(projects.find(id), projects.today());
    }

    @POST
    public Response create(ProjectDto body) {
        Project created = projects.create(required(body).data());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(ProjectDto.of(created, projects.today()))
                .build();
    }

    @PUT
    @Path("{id}")
    public ProjectDto update(@PathParam("id") long id, ProjectDto body) {
        Project updated = projects.update(id, required(body).version, body.data());
        return ProjectDto.of(updated, projects.today());
    }

    /**
     * The ERP's upsert by its key (issue 17): 201 with {@code Location} when it created the project, 200 when it
     * updated the fields the ERP owns (no {@code version}: last write wins); the same body twice changes nothing.
     */
    @PUT
    @Path("by-external-id/{externalId}")
    public Response putByExternalId(@PathParam("externalId") String externalId, ProjectDto body) {
        ExternalIds.Upserted<Project> upserted =
                projects.putByExternalId(externalId, required(body).data());
        ProjectDto dto = ProjectDto.of(upserted.record(), projects.today());
        return upserted.created()
                ? Response.created(uriInfo.getAbsolutePath()).entity(dto).build()
                : Response.ok(dto).build();
    }

    @GET
    @Path("by-external-id/{externalId}")
    public ProjectDto getByExternalId(@PathParam("externalId") String externalId) {
        return ProjectDto.of(projects.findByExternalId(externalId), projects.today());
    }

    private static ProjectDto required(ProjectDto body) {
        if (body == null) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return body;
    }

    private static ProjectPhase phase(String value) {
        try {
            return ProjectPhase.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new BusinessException("phase", "api.error.unknownValue", value);
        }
    }
}
