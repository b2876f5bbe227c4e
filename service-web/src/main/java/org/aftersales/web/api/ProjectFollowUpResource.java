package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.aftersales.followup.EquipmentStatus;
import org.aftersales.followup.FollowUpChannel;
import org.aftersales.followup.FollowUpEntry;
import org.aftersales.followup.FollowUpService;
import org.aftersales.followup.OwnerFollowUp;
import org.aftersales.staff.PersonNames;
import org.aftersales.web.api.FollowUpDtos.FollowUpDto;
import org.aftersales.web.api.FollowUpDtos.FollowUpRequest;

/**
 * Logging an owner follow-up of a project (R-F2), optionally opening a service case from it in the same call when the
 * owner reported a problem (R-S1). 201 with the contact; its {@code Location} is {@code /api/follow-ups/{id}}.
 */
@Path("projects/{projectId}/follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectFollowUpResource {

    @Inject
    FollowUpService followUps;

    @Inject
    PersonNames personNames;

    @Context
    UriInfo uriInfo;

    @POST
    public Response log(@PathParam("projectId") long projectId, FollowUpRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        FollowUpEntry entry = new FollowUpEntry(
                ApiInstants.parse("contactedAt", body.contactedAt),
                body.ownerContactId,
                ApiEnums.parse("channel", FollowUpChannel.class, body.channel),
                body.reached,
                ApiEnums.parse("equipmentStatus", EquipmentStatus.class, body.equipmentStatus),
                body.notes);
        OwnerFollowUp logged = body.openServiceCase
                ? followUps.logAndOpenCase(projectId, entry, body.caseDescription)
                : followUps.log(projectId, entry);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("follow-ups")
                        .path(String.valueOf(logged.getId()))
                        .build())
                .entity(FollowUpDto.of(logged, personNames.everyone()))
                .build();
    }
}
