package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.EquipmentService;
import org.aftersales.shared.ExternalIds;

/**
 * Equipment items addressable on their own (issue 17): read by id, and the ERP's upsert by its key. A project's list of
 * items is {@code GET /projects/{projectId}/equipment}.
 */
@Path("equipment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EquipmentResource {

    @Inject
    EquipmentService equipment;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    public EquipmentItemDto get(@PathParam("id") long id) {
        return EquipmentItemDto.of(equipment.find(id));
    }

    /**
     * The ERP's upsert by its key (issue 17): 201 with {@code Location} when it created the item (the body names its
     * project by {@code projectExternalId} or {@code projectId}), 200 when it updated what the ERP owns (no
     * {@code version}); the same body twice changes nothing.
     */
    @PUT
    @Path("by-external-id/{externalId}")
    public Response putByExternalId(@PathParam("externalId") String externalId, EquipmentItemDto body) {
        ExternalIds.Upserted<EquipmentItem> upserted = upsert(equipment, externalId, required(body));
        EquipmentItemDto dto = EquipmentItemDto.of(upserted.record());
        return upserted.created()
                ? Response.created(uriInfo.getAbsolutePath()).entity(dto).build()
                : Response.ok(dto).build();
    }

    @GET
    @Path("by-external-id/{externalId}")
    public EquipmentItemDto getByExternalId(@PathParam("externalId") String externalId) {
        return EquipmentItemDto.of(equipment.findByExternalId(externalId));
    }

    /** One upsert, for the single PUT and each record of {@code POST /sync/equipment}. */
    static ExternalIds.Upserted<EquipmentItem> upsert(
            EquipmentService equipment, String externalId, EquipmentItemDto body) {
        return equipment.putByExternalId(
                externalId, body.projectId, body.projectExternalId, body.subcontractorExternalId, body.data());
    }

    private static EquipmentItemDto required(EquipmentItemDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
