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
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.EquipmentService;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;

/**
 * The equipment items of one project for the ERP (R-L2, R-B4). A path of its own, more specific than
 * {@code projects}, so JAX-RS matches it before {@link ProjectResource}.
 */
@Path("projects/{projectId}/equipment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectEquipmentResource {

    @Inject
    EquipmentService equipment;

    /**
     * Sort by tag, name, model, serialNumber, manufacturer, supplierName, discipline, workScope, warrantyCategory,
     * warrantyMonths or supplierWarrantyEnd; {@code q} searches tag, name, model, serial number, manufacturer, supplier.
     */
    @GET
    public PageDto<EquipmentItemDto> list(
            @PathParam("projectId") long projectId,
            @QueryParam("q") String text,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") @DefaultValue("tag") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending) {
        PageRequest page = new PageRequest(offset, size, sort, !descending);
        Page<EquipmentItem> found = equipment.list(projectId, text, page);
        return new PageDto<>(
                found.items().stream().map(EquipmentItemDto::of).toList(), found.total(), page.offset(), page.size());
    }
}
