package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.subcontractor.ProjectSubcontractor;
import org.aftersales.subcontractor.SubcontractorService;

/**
 * A project's register of equipment subcontractors and suppliers for the ERP (R-B1). A path of its own, more specific
 * than {@code projects}, so JAX-RS matches it before {@link ProjectResource}.
 */
@Path("projects/{projectId}/subcontractors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectSubcontractorResource {

    @Inject
    SubcontractorService subcontractors;

    @Inject
    org.aftersales.project.ProjectService projects;

    /** Sort by subcontractorName, kind, scopeOfSupply, siteContactPerson or phone. */
    @GET
    public PageDto<ProjectSubcontractorDto> list(
            @PathParam("projectId") long projectId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") @DefaultValue("subcontractorName") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending) {
        PageRequest page = new PageRequest(offset, size, sort, !descending);
        Page<ProjectSubcontractor> found = subcontractors.listForProject(projectId, page);
        return new PageDto<>(
                found.items().stream()
                        .map(r -> ProjectSubcontractorDto.of(r, projects.today()))
                        .toList(),
                found.total(),
                page.offset(),
                page.size());
    }
}
