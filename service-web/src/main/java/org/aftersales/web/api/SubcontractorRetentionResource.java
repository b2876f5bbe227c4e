package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftersales.retention.QualityCost;
import org.aftersales.retention.RetentionService;
import org.aftersales.retention.ReturnChannel;
import org.aftersales.retention.SubcontractorRetention;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.PersonNames;
import org.aftersales.web.api.RetentionDtos.EntryDto;
import org.aftersales.web.api.RetentionDtos.HoldRequest;
import org.aftersales.web.api.RetentionDtos.QualityCostDto;
import org.aftersales.web.api.RetentionDtos.QualityCostRequest;
import org.aftersales.web.api.RetentionDtos.ReleaseRequest;
import org.aftersales.web.api.RetentionDtos.ReturnLetterRequest;
import org.aftersales.web.api.RetentionDtos.SubcontractorRetentionDto;
import org.aftersales.web.api.RetentionDtos.VerificationRequest;
import org.aftersales.web.i18n.Messages;

/** What the company holds from each subcontractor (R-C4). */
@Path("subcontractor-retentions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubcontractorRetentionResource {

    @Inject
    RetentionService retentions;

    @Inject
    PersonNames personNames;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    /**
     * The register by project code, then id, each with its figures (held, deducted, released, balance) but not its
     * ledger movements ({@code GET {id}/entries}); {@code after} (the {@code next} of an earlier page) continues after
     * it without counting (scale issue).
     */
    @GET
    public PageDto<SubcontractorRetentionDto> listSubcontractorRetentions(
            @QueryParam("projectId") Long projectId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("after") String after) {
        PageRequest page = new PageRequest(offset, size, null, true);
        boolean seek = after != null && !after.isEmpty();
        var found = retentions.listSubcontractorRetentions(projectId, page, seek ? after : null);
        List<SubcontractorRetentionDto> items =
                found.items().stream().map(SubcontractorRetentionDto::inList).toList();
        return seek
                ? PageDto.afterCursor(items, page.size(), found.next())
                : PageDto.of(items, found, page.offset(), page.size());
    }

    /**
     * One retention's ledger movements (R-C4) in entry order, paged like the register (scale issue 14): the count capped
     * {@link org.aftersales.shared.Page#COUNT_CAP} beyond the page ({@code totalExact}), {@code next} and
     * {@code after=<next>} for the following page (no {@code total} there).
     */
    @GET
    @Path("{id}/entries")
    public PageDto<EntryDto> entries(
            @PathParam("id") long id,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("after") String after) {
        PageRequest page = new PageRequest(offset, size, null, true);
        boolean seek = after != null && !after.isEmpty();
        var found = retentions.subcontractorRetentionEntries(id, page, seek ? after : null);
        List<EntryDto> items = found.items().stream().map(EntryDto::of).toList();
        return seek
                ? PageDto.afterCursor(items, page.size(), found.next())
                : PageDto.of(items, found, page.offset(), page.size());
    }

    @POST
    public Response hold(HoldRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        SubcontractorRetention held = retentions.holdFromSubcontractor(
                required("projectId", body.projectId, "retention.error.projectRequired"),
                required("subcontractorId", body.subcontractorId, "retention.error.subcontractorRequired"),
                ApiValues.money("heldAmount", body.heldAmount),
                body.releaseDate,
                body.earlyReleaseReason);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("subcontractor-retentions")
                        .path(String.valueOf(held.getId()))
                        .build())
                .entity(SubcontractorRetentionDto.of(held))
                .build();
    }

    /**
     * With the return procedure the other way round (R-C8) as of {@code asOf} (yyyy-MM-dd, default today): the
     * company's deadlines to answer and to pay, and the interest it owes for paying late.
     */
    @GET
    @Path("{id}")
    public SubcontractorRetentionDto subcontractorRetention(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        LocalDate day = asOf == null || asOf.isBlank() ? retentions.today() : ApiValues.date("asOf", asOf);
        SubcontractorRetention retention = retentions.findSubcontractorRetention(id);
        return SubcontractorRetentionDto.of(retention, retentions.subcontractorReturnStatus(retention, day));
    }

    /**
     * R-C4, the first step: after-sales registers a cost caused by the subcontractor's equipment quality; the ERP may
     * register it on after-sales' behalf, and the cost says so ({@code registeredBy}, {@code onBehalfOf}). Nothing is
     * deducted until the Engineering Department confirms it ({@code POST /quality-costs/{id}/confirmation}). 201 with
     * the cost; 422 naming {@code caseId} for a case that does not exist or belongs to another project.
     */
    @POST
    @Path("{id}/quality-costs")
    public Response registerQualityCost(@PathParam("id") long id, QualityCostRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        QualityCost cost = retentions.registerQualityCost(
                id, ApiValues.money("amount", body.amount), body.cause, body.caseId, body.equipmentItemId);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("quality-costs")
                        .path(String.valueOf(cost.getId()))
                        .build())
                .entity(QualityCostDto.of(cost, personNames.everyone()))
                .build();
    }

    /** R-C4: the quality costs registered against this retention, newest first, in every state. */
    @GET
    @Path("{id}/quality-costs")
    public PageDto<QualityCostDto> qualityCosts(
            @PathParam("id") long id,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest page = new PageRequest(offset, size, null, false);
        var found = retentions.qualityCosts(id, page);
        Map<String, String> names = personNames.everyone();
        return new PageDto<>(
                found.items().stream().map(c -> QualityCostDto.of(c, names)).toList(),
                found.total(),
                page.offset(),
                page.size());
    }

    /**
     * Withdrawn: a deduction is never booked directly (R-C4, "由售后服务部登记备案，报工程部相关负责人确认，并由工程部……扣除").
     * 410 for every caller and body, naming the regulation's two steps: {@code POST …/{id}/quality-costs} (after-sales,
     * or the ERP for it) and {@code POST /quality-costs/{id}/confirmation} (Engineering).
     */
    @POST
    @Path("{id}/deductions")
    @Consumes(MediaType.WILDCARD)
    public Response deductionsWithdrawn(@PathParam("id") long id) {
        Locale locale = ProblemResponses.locale(headers);
        return ProblemResponses.problem(
                410,
                "problem.gone",
                Messages.text(locale, "qualityCost.deductionsGone", String.valueOf(id), "{id}"),
                List.of(),
                locale);
    }

    @POST
    @Path("{id}/releases")
    public Response release(@PathParam("id") long id, ReleaseRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        var entry = retentions.release(id, ApiValues.money("amount", body.amount), body.date);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(entry.getId()))
                        .build())
                .entity(SubcontractorRetentionDto.of(retentions.findSubcontractorRetention(id)))
                .build();
    }

    /** R-C8 the other way round: a subcontractor's application for the return, received by the company. */
    @POST
    @Path("{id}/return-application")
    public SubcontractorRetentionDto receiveReturnApplication(@PathParam("id") long id, ReturnLetterRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return withProcedure(
                retentions.receiveReturnApplication(id, body.sentDate, body.receivedDate, channel(body.channel)));
    }

    /**
     * R-C8: the same with the scan of what the company received, as {@code multipart/form-data}: text fields
     * {@code sentDate}, {@code receivedDate}, {@code channel}, the scan as the part {@code file}; all or nothing.
     */
    @POST
    @Path("{id}/return-application")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public SubcontractorRetentionDto receiveReturnApplicationWithScan(
            @PathParam("id") long id, List<EntityPart> parts) {
        MultipartForm form = MultipartForm.of(parts);
        return withProcedure(retentions.receiveReturnApplication(
                id, form.day("sentDate"), form.day("receivedDate"), channel(form.text("channel")), form.upload()));
    }

    /** R-C8: the company's answer to the subcontractor's application (verification, with or without objection). */
    @POST
    @Path("{id}/verification")
    public SubcontractorRetentionDto answer(@PathParam("id") long id, VerificationRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return withProcedure(retentions.answerReturnApplication(id, body.date, body.objection, body.reason));
    }

    /** R-C8: the subcontractor's written reminder, received by the company (its last days to answer). */
    @POST
    @Path("{id}/reminder")
    public SubcontractorRetentionDto receiveReminder(@PathParam("id") long id, ReturnLetterRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return withProcedure(retentions.receiveSubcontractorReminder(id, body.sentDate, body.receivedDate));
    }

    /** R-C8: the same with the scan of what the company received, as {@code multipart/form-data}. */
    @POST
    @Path("{id}/reminder")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public SubcontractorRetentionDto receiveReminderWithScan(@PathParam("id") long id, List<EntityPart> parts) {
        MultipartForm form = MultipartForm.of(parts);
        return withProcedure(retentions.receiveSubcontractorReminder(
                id, form.day("sentDate"), form.day("receivedDate"), form.upload()));
    }

    private SubcontractorRetentionDto withProcedure(SubcontractorRetention retention) {
        return SubcontractorRetentionDto.of(
                retention, retentions.subcontractorReturnStatus(retention, retentions.today()));
    }

    private static ReturnChannel channel(String text) {
        return text == null || text.isBlank() ? null : ApiEnums.parse("channel", ReturnChannel.class, text);
    }

    private static long required(String field, Long value, String key) {
        if (value == null) {
            throw new BusinessException(field, key);
        }
        return value;
    }
}
