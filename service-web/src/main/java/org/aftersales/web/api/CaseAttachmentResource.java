package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.aftersales.document.StoredDocument;
import org.aftersales.servicecase.CaseAttachmentService;
import org.aftersales.staff.PersonNames;

/**
 * The photos and files of a service case (R-S1 intake): {@code GET} lists them (each with its {@code contentUrl},
 * {@code documents/{id}/content}); {@code POST} attaches one, {@code multipart/form-data} with the part {@code file},
 * checked like every upload of the document store (413 too large, 415 wrong type, nothing half-stored). A case the
 * caller may not see answers 404.
 */
@Path("cases/{id}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseAttachmentResource {

    @Inject
    CaseAttachmentService attachments;

    @Inject
    PersonNames personNames;

    @Context
    UriInfo uriInfo;

    @GET
    public List<DocumentDto> list(@PathParam("id") long caseId) {
        Map<String, String> names = personNames.everyone();
        return attachments.of(caseId).stream()
                .map(d -> DocumentDto.of(d, names))
                .toList();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") long caseId, List<EntityPart> parts) {
        StoredDocument attached =
                attachments.attach(caseId, MultipartForm.of(parts).upload());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("documents/" + attached.getId())
                        .build())
                .entity(DocumentDto.of(attached, personNames.everyone()))
                .build();
    }
}
