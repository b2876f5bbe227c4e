package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.aftersales.project.Owner;
import org.aftersales.project.OwnerService;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;

/** Owners for the ERP (issue 17): list, read, and the upsert by the ERP's key. */
@Path("owners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnerResource {

    @Inject
    OwnerService owners;

    @Context
    UriInfo uriInfo;

    /** Sort by name, creditCode, externalId or address; {@code q} searches name, credit code, key and address. */
    @GET
    public PageDto<OwnerDto> list(
            @QueryParam("q") String text,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") @DefaultValue("name") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending) {
        PageRequest page = new PageRequest(offset, size, sort, !descending);
        Page<Owner> found = owners.list(text, page);
        return new PageDto<>(
                found.items().stream().map(OwnerDto::of).toList(), found.total(), page.offset(), page.size());
    }

    @GET
    @Path("{id}")
    public OwnerDto get(@PathParam("id") long id) {
        return OwnerDto.of(owners.find(id));
    }

    /**
     * The ERP's upsert by its key (issue 17): 201 with {@code Location} when it created the owner, 200 when it updated
     * what the ERP owns (name, credit code, address; no {@code version}); the same body twice changes nothing.
     */
    @PUT
    @Path("by-external-id/{externalId}")
    public Response putByExternalId(@PathParam("externalId") String externalId, OwnerDto body) {
        ExternalIds.Upserted<Owner> upserted =
                owners.putByExternalId(externalId, required(body).data());
        OwnerDto dto = OwnerDto.of(upserted.record());
        return upserted.created()
                ? Response.created(uriInfo.getAbsolutePath()).entity(dto).build()
                : Response.ok(dto).build();
    }

    @GET
    @Path("by-external-id/{externalId}")
    public OwnerDto getByExternalId(@PathParam("externalId") String externalId) {
        return OwnerDto.of(owners.findByExternalId(externalId));
    }

    private static OwnerDto required(OwnerDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
