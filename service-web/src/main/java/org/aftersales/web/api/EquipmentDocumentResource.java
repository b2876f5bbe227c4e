package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.aftersales.document.DocumentStore;
import org.aftersales.staff.PersonNames;

/**
 * The equipment document archive of one item (R-B4): its drawings, specifications, certificates and manuals, newest
 * first. An item of a project the caller may not see answers 404.
 */
@Path("equipment/{id}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EquipmentDocumentResource {

    @Inject
    DocumentStore documents;

    @Inject
    PersonNames personNames;

    @GET
    public List<DocumentDto> list(@PathParam("id") long itemId) {
        Map<String, String> names = personNames.everyone();
        return documents.ofEquipmentItem(itemId).stream()
                .map(d -> DocumentDto.of(d, names))
                .toList();
    }
}
