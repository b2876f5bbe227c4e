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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.retention.ProjectRetention;
import org.aftersales.retention.RetentionService;
import org.aftersales.retention.ReturnChannel;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.web.api.RetentionDtos.CollectionRequest;
import org.aftersales.web.api.RetentionDtos.ProjectRetentionDto;
import org.aftersales.web.api.RetentionDtos.ProjectRetentionRequest;
import org.aftersales.web.api.RetentionDtos.ReturnLetterRequest;
import org.aftersales.web.api.RetentionDtos.ReturnTermsRequest;
import org.aftersales.web.api.RetentionDtos.VerificationRequest;

/** The company's retention held by owners (R-C5). */
@Path("project-retentions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectRetentionResource {

    @Inject
    RetentionService retentions;

    @Context
    UriInfo uriInfo;

    /**
     * The register by due date, then id; {@code after} (the {@code next} of an earlier page) continues after it
     * without counting (scale issue).
     */
    @GET
    public PageDto<ProjectRetentionDto> listProjectRetentions(
            @QueryParam("projectId") Long projectId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("after") String after) {
        PageRequest page = new PageRequest(offset, size, null, true);
        boolean seek = after != null && !after.isEmpty();
        var found = retentions.listProjectRetentions(projectId, page, seek ? after : null);
        var statuses = retentions.returnStatuses(found.items(), retentions.today());
        List<ProjectRetentionDto> items = found.items().stream()
                .map(r -> ProjectRetentionDto.of(r, statuses.get(r.getId())))
                .toList();
        return seek
                ? PageDto.afterCursor(items, page.size(), found.next())
                : PageDto.of(items, found, page.offset(), page.size());
    }

    @POST
    public Response recordProjectRetention(ProjectRetentionRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        ProjectRetention recorded = retentions.recordProjectRetention(
                required("projectId", body.projectId, "retention.error.projectRequired"),
                ApiValues.money("amount", body.amount),
                body.defectLiabilityMonths);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("project-retentions")
                        .path(String.valueOf(recorded.getId()))
                        .build())
                .entity(withProcedure(recorded, retentions.today()))
                .build();
    }

    /** With the return procedure (R-C8) as of {@code asOf} (yyyy-MM-dd, default today): deadlines and interest. */
    @GET
    @Path("{id}")
    public ProjectRetentionDto projectRetention(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        LocalDate day = asOf == null || asOf.isBlank() ? retentions.today() : ApiValues.date("asOf", asOf);
        return withProcedure(retentions.findProjectRetention(id), day);
    }

    /** R-C8: the application for the return and the day the owner received it. */
    @POST
    @Path("{id}/return-application")
    public ProjectRetentionDto applyForReturn(@PathParam("id") long id, ReturnLetterRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        ProjectRetention retention = retentions.applyForReturn(
                id,
                body.sentDate,
                body.receivedDate,
                body.channel == null ? null : ApiEnums.parse("channel", ReturnChannel.class, body.channel));
        return withProcedure(retention, retentions.today());
    }

    /**
     * R-C8: the application with the scan of the owner's receipt, as {@code multipart/form-data}: text fields
     * {@code sentDate}, {@code receivedDate} (yyyy-MM-dd), {@code channel}, and the scan as the part {@code file}
     * (optional). All or nothing: a refused file (413, 415, 422) records nothing.
     */
    @POST
    @Path("{id}/return-application")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ProjectRetentionDto applyForReturnWithScan(@PathParam("id") long id, List<EntityPart> parts) {
        MultipartForm form = MultipartForm.of(parts);
        String channel = form.text("channel");
        ProjectRetention retention = retentions.applyForReturn(
                id,
                form.day("sentDate"),
                form.day("receivedDate"),
                channel == null ? null : ApiEnums.parse("channel", ReturnChannel.class, channel),
                form.upload());
        return withProcedure(retention, retentions.today());
    }

    /** R-C8: the owner's verification, with or without objection. */
    @POST
    @Path("{id}/verification")
    public ProjectRetentionDto verification(@PathParam("id") long id, VerificationRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return withProcedure(
                retentions.recordVerification(id, body.date, body.objection, body.reason), retentions.today());
    }

    /** R-C8: the written reminder and the day the owner received it. */
    @POST
    @Path("{id}/reminder")
    public ProjectRetentionDto reminder(@PathParam("id") long id, ReturnLetterRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return withProcedure(retentions.recordReminder(id, body.sentDate, body.receivedDate), retentions.today());
    }

    /**
     * R-C8: the written reminder with the scan of the owner's receipt, as {@code multipart/form-data}: text fields
     * {@code sentDate}, {@code receivedDate}, and the scan as the part {@code file} (optional); all or nothing.
     */
    @POST
    @Path("{id}/reminder")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ProjectRetentionDto reminderWithScan(@PathParam("id") long id, List<EntityPart> parts) {
        MultipartForm form = MultipartForm.of(parts);
        return withProcedure(
                retentions.recordReminder(id, form.day("sentDate"), form.day("receivedDate"), form.upload()),
                retentions.today());
    }

    /** R-C8: the contract's return term in days and its own late-payment rate (null: the configured LPR). */
    @PUT
    @Path("{id}/return-terms")
    public ProjectRetentionDto returnTerms(@PathParam("id") long id, ReturnTermsRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return withProcedure(
                retentions.agreeReturnTerms(id, body.returnTermDays, body.lateRatePercent), retentions.today());
    }

    private ProjectRetentionDto withProcedure(ProjectRetention retention, LocalDate day) {
        return ProjectRetentionDto.of(retention, retentions.returnStatus(retention, day));
    }

    @POST
    @Path("{id}/collections")
    public Response collect(@PathParam("id") long id, CollectionRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        var collection = retentions.collect(id, ApiValues.money("amount", body.amount), body.date);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(collection.getId()))
                        .build())
                .entity(withProcedure(retentions.findProjectRetention(id), retentions.today()))
                .build();
    }

    private static long required(String field, Long value, String key) {
        if (value == null) {
            throw new BusinessException(field, key);
        }
        return value;
    }
}
