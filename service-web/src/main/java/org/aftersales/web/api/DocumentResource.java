package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.FileNames;
import org.aftersales.document.StoredDocument;
import org.aftersales.staff.PersonNames;

/** One stored document (R-K1): its facts, and its content with the original name in {@code Content-Disposition}. */
@Path("documents/{id}")
@RequestScoped
public class DocumentResource {

    @Inject
    DocumentStore documents;

    @Inject
    PersonNames personNames;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DocumentDto get(@PathParam("id") long id) {
        return DocumentDto.of(documents.find(id), personNames.everyone());
    }

    @GET
    @Path("content")
    public Response content(@PathParam("id") long id) {
        StoredDocument document = documents.find(id);
        byte[] content = documents.content(id);
        return Response.ok(content, document.getContentType())
                .header("Content-Disposition", FileNames.contentDisposition("attachment", document.getFileName()))
                .header("Content-Length", content.length)
                .build();
    }
}
