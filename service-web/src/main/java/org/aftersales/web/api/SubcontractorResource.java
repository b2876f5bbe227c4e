package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorService;

/** Equipment subcontractors and suppliers for the ERP (R-B1): list, read, create, update. */
@Path("subcontractors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubcontractorResource {

    @Inject
    SubcontractorService subcontractors;

    @Context
    UriInfo uriInfo;

    /** Sort by name, kind, contactPerson, phone or email; {@code q} searches name, contact person, phone, e-mail. */
    @GET
    public PageDto<SubcontractorDto> list(
            @QueryParam("q") String text,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") @DefaultValue("name") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending) {
        PageRequest page = new PageRequest(offset, size, sort, !descending);
        Page<Subcontractor> found = subcontractors.list(text, page);
        return new PageDto<>(
                found.items().stream().map(SubcontractorDto::of).toList(), found.total(), page.offset(), page.size());
    }

    @GET
    @Path("{id}")
    public SubcontractorDto get(@PathParam("id") long id) {
        return SubcontractorDto.of(subcontractors.find(id));
    }

    @POST
    public Response create(SubcontractorDto body) {
        Subcontractor created = subcontractors.create(required(body).data());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(SubcontractorDto.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    public SubcontractorDto update(@PathParam("id") long id, SubcontractorDto body) {
        return SubcontractorDto.of(subcontractors.update(id, required(body).version, body.data()));
    }

    /**
     * The ERP's upsert by its key (issue 17): 201 with {@code Location} when it created the firm, 200 when it updated
     * what the ERP owns (name, kind, address; no {@code version}); the same body twice changes nothing.
     */
    @PUT
    @Path("by-external-id/{externalId}")
    public Response putByExternalId(@PathParam("externalId") String externalId, SubcontractorDto body) {
        ExternalIds.Upserted<Subcontractor> upserted =
                subcontractors.putByExternalId(externalId, required(body).data());
        SubcontractorDto dto = SubcontractorDto.of(upserted.record());
        return upserted.created()
                ? Response.created(uriInfo.getAbsolutePath()).entity(dto).build()
                : Response.ok(dto).build();
    }

    @GET
    @Path("by-external-id/{externalId}")
    public SubcontractorDto getByExternalId(@PathParam("externalId") String externalId) {
        return SubcontractorDto.of(subcontractors.findByExternalId(externalId));
    }

    private static SubcontractorDto required(SubcontractorDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
