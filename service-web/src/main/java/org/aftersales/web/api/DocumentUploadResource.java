package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.aftersales.document.DocumentData;
import org.aftersales.document.DocumentKind;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.StoredDocument;
import org.aftersales.manual.ManualService;
import org.aftersales.manual.ManualVersion;
import org.aftersales.staff.PersonNames;

/**
 * {@code POST /documents}: an upload to the document store (R-K1) over the API, {@code multipart/form-data} with the
 * same checks as the portal's upload — the configured size limit, the type recognised from the content and matched
 * against the name, SHA-256, a server-made storage name — in one transaction, so a refused file leaves nothing.
 *
 * <p>Fields: {@code file} (the file, with its name), and either {@code kind} (a {@link DocumentKind}), optional
 * {@code title}, {@code projectId}, {@code equipmentItemId} — a document for the archive (R-B4) — or {@code manualId}
 * with {@code versionLabel} and {@code changes} — the file as a new DRAFT version of that manual (R-K2).
 *
 * <p>Answers 201 with the document and its {@code Location}; 413 for a file over the limit, 415 for a type not
 * allowed or disguised by its extension, 422 for anything else refused (no file, no kind, an item of another
 * project), each as problem+json in the caller's language.
 */
@Path("documents")
@RequestScoped
public class DocumentUploadResource {

    @Inject
    DocumentStore documents;

    @Inject
    PersonNames personNames;

    @Inject
    ManualService manuals;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(List<EntityPart> parts) {
        MultipartForm form = MultipartForm.of(parts);
        Long manualId = form.id("manualId");
        DocumentDto created;
        if (manualId != null) {
            ManualVersion version =
                    manuals.addVersion(manualId, form.text("versionLabel"), form.text("changes"), form.upload());
            created = DocumentDto.of(version.getDocument(), personNames.everyone());
            created.manualId = manualId;
            created.manualVersionId = version.getId();
        } else {
            StoredDocument stored = documents.upload(
                    new DocumentData(
                            ApiEnums.parse("kind", DocumentKind.class, form.text("kind")), form.text("title"),
                            form.id("projectId"), form.id("equipmentItemId")),
                    form.upload());
            created = DocumentDto.of(stored, personNames.everyone());
        }
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("documents/" + created.id)
                        .build())
                .entity(created)
                .build();
    }
}
