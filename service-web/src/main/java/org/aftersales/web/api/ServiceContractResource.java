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
import org.aftersales.contract.ServiceContract;
import org.aftersales.contract.ServiceContractService;
import org.aftersales.shared.ExternalIds;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;

/**
 * Maintenance contracts and technical-support agreements for the ERP (R-L4): list (all visible, or of one project
 * with {@code projectId}), read, create, update.
 */
@Path("service-contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceContractResource {

    @Inject
    ServiceContractService contracts;

    @Context
    UriInfo uriInfo;

    /** Sort by number, kind, projectCode, validFrom, validTo or arrivalHours. */
    @GET
    public PageDto<ServiceContractDto> list(
            @QueryParam("projectId") Long projectId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") @DefaultValue("validFrom") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending) {
        PageRequest page = new PageRequest(offset, size, sort, !descending);
        Page<ServiceContract> found = contracts.list(projectId, page);
        return new PageDto<>(
                found.items().stream().map(ServiceContractDto::of).toList(), found.total(), page.offset(), page.size());
    }

    @GET
    @Path("{id}")
    public ServiceContractDto get(@PathParam("id") long id) {
        return ServiceContractDto.of(contracts.find(id));
    }

    @POST
    public Response create(ServiceContractDto body) {
        ServiceContract created = contracts.create(required(body).data(null));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(ServiceContractDto.of(created))
                .build();
    }

    /** A contract's project cannot change: an absent {@code projectId} keeps it, another one is refused (422). */
    @PUT
    @Path("{id}")
    public ServiceContractDto update(@PathParam("id") long id, ServiceContractDto body) {
        ServiceContract current = contracts.find(id);
        ServiceContract updated = contracts.update(
                id, required(body).version, body.data(current.getProject().getId()));
        return ServiceContractDto.of(updated);
    }

    /**
     * The ERP's upsert by its key (issue 17): 201 with {@code Location} when it created the contract (the body names
     * its project by {@code projectExternalId} or {@code projectId}, the covered items by {@code equipmentExternalIds}
     * or {@code equipmentItemIds}), 200 when it updated what the ERP owns (no {@code version}); the same body twice
     * changes nothing.
     */
    @PUT
    @Path("by-external-id/{externalId}")
    public Response putByExternalId(@PathParam("externalId") String externalId, ServiceContractDto body) {
        ExternalIds.Upserted<ServiceContract> upserted = upsert(contracts, externalId, required(body));
        ServiceContractDto dto = ServiceContractDto.of(upserted.record());
        return upserted.created()
                ? Response.created(uriInfo.getAbsolutePath()).entity(dto).build()
                : Response.ok(dto).build();
    }

    @GET
    @Path("by-external-id/{externalId}")
    public ServiceContractDto getByExternalId(@PathParam("externalId") String externalId) {
        return ServiceContractDto.of(contracts.findByExternalId(externalId));
    }

    /** One upsert, for the single PUT and each record of {@code POST /sync/service-contracts}. */
    static ExternalIds.Upserted<ServiceContract> upsert(
            ServiceContractService contracts, String externalId, ServiceContractDto body) {
        return contracts.putByExternalId(
                externalId, body.projectId, body.projectExternalId, body.erpData(), body.equipmentExternalIds);
    }

    private static ServiceContractDto required(ServiceContractDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
