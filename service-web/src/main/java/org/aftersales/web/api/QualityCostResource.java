package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aftersales.retention.RetentionService;
import org.aftersales.staff.PersonNames;
import org.aftersales.web.api.RetentionDtos.DecisionRequest;
import org.aftersales.web.api.RetentionDtos.QualityCostDto;

/**
 * Quality costs (R-C4), registered by after-sales against a subcontractor's retention
 * ({@code POST /subcontractor-retentions/{id}/quality-costs}) and decided here by the Engineering Department: its
 * confirmation is the only way a deduction reaches the retention ("报工程部相关负责人确认，并由工程部……扣除").
 */
@Path("quality-costs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualityCostResource {

    @Inject
    RetentionService retentions;

    @Inject
    PersonNames personNames;

    @GET
    @Path("{id}")
    public QualityCostDto qualityCost(@PathParam("id") long id) {
        return QualityCostDto.of(retentions.qualityCost(id), personNames.everyone());
    }

    /**
     * Engineering confirms the cost, which deducts it from the retention: 200 with the cost CONFIRMED and its ledger
     * line. 403 for any other role (the ERP included); 422 when it would overdraw the balance — the cost stays
     * REGISTERED — or is already decided; 409 when {@code version} is given and stale.
     */
    @POST
    @Path("{id}/confirmation")
    public QualityCostDto confirm(@PathParam("id") long id, DecisionRequest body) {
        Long version = body == null ? null : body.version;
        return QualityCostDto.of(retentions.confirmQualityCost(id, version), personNames.everyone());
    }

    /** Engineering rejects the cost with a {@code reason}; nothing is deducted. Same refusals as a confirmation. */
    @POST
    @Path("{id}/rejection")
    public QualityCostDto reject(@PathParam("id") long id, DecisionRequest body) {
        String reason = body == null ? null : body.reason;
        Long version = body == null ? null : body.version;
        return QualityCostDto.of(retentions.rejectQualityCost(id, reason, version), personNames.everyone());
    }
}
