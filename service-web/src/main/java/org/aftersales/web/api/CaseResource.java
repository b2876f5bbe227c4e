package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.aftersales.cost.CostCategory;
import org.aftersales.cost.ServiceCost;
import org.aftersales.cost.ServiceCostService;
import org.aftersales.servicecase.CaseFilter;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ClockState;
import org.aftersales.servicecase.ComplaintHandoff;
import org.aftersales.servicecase.ComplaintSubject;
import org.aftersales.servicecase.DispatchService;
import org.aftersales.servicecase.FactoryReturnData;
import org.aftersales.servicecase.HandoffTarget;
import org.aftersales.servicecase.OnSiteService;
import org.aftersales.servicecase.OwnerLinkService;
import org.aftersales.servicecase.PartUsed;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.servicecase.SignatureImage;
import org.aftersales.servicecase.SignatureInput;
import org.aftersales.servicecase.SignerRole;
import org.aftersales.servicecase.SupplierForwarding;
import org.aftersales.servicecase.SupportKind;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.PersonNames;

/**
 * Service cases for the ERP and the hotline system (R-S1…R-S12): register a call, read it with its clocks, and
 * record the acts that meet them; dispatch the engineers (R-S6), prepare the visit and record the work (R-S7), the
 * owner's sign-off (R-S8), work that cannot be done on site (R-S9), the costs, trip report and assessment (R-S12).
 * Each act takes the instant it happened ({@code at}); calls are often logged after the fact — a claim older than the
 * policy's late-entry bound (24 h) needs a {@code lateReason} and is marked late on the timeline. A single case is shown
 * with its on-site service and timeline ({@link CaseDto#detailed}), a list without.
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    ServiceCaseService cases;

    @Inject
    PersonNames personNames;

    @Inject
    DispatchService dispatch;

    @Inject
    OnSiteService onSite;

    @Inject
    ServiceCostService costs;

    @Inject
    OwnerLinkService ownerLinks;

    @Inject
    PublicAccess publicAccess;

    @Context
    UriInfo uriInfo;

    @GET
    public PageDto<CaseDto> list(
            @QueryParam("projectId") Long projectId,
            @QueryParam("type") String type,
            @QueryParam("serviceClass") String serviceClass,
            @QueryParam("status") String status,
            @QueryParam("clockState") String clockState,
            @QueryParam("crisis") Boolean crisis,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") String sort,
            @QueryParam("desc") @DefaultValue("true") boolean descending,
            @QueryParam("after") String after) {
        CaseFilter filter = new CaseFilter(
                projectId,
                ApiEnums.parse("type", CaseType.class, type),
                ApiEnums.parse("serviceClass", ServiceClass.class, serviceClass),
                ApiEnums.parse("status", CaseStatus.class, status),
                ApiEnums.parse("clockState", ClockState.class, clockState),
                crisis);
        PageRequest page = new PageRequest(offset, size, sort, !descending);
        boolean seek = after != null && !after.isEmpty();
        Page<ServiceCase> found = seek ? cases.listAfter(filter, page, after) : cases.list(filter, page);
        Instant now = cases.now();
        List<CaseDto> items =
                found.items().stream().map(c -> CaseDto.of(c, now)).toList();
        return seek
                ? PageDto.afterCursor(items, page.size(), found.next())
                : PageDto.of(items, found, page.offset(), page.size());
    }

    @POST
    public Response register(CaseIntakeDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        // A missing project is refused with every other missing field in one errors[] (issue 18 item 5).
        ServiceCase registered = cases.register(new CaseIntake(
                body.projectId,
                body.equipmentItemId,
                ApiEnums.parse("channel", Channel.class, body.channel),
                ApiEnums.parse("type", CaseType.class, body.type),
                body.reporterName,
                ApiInstants.parse("receivedAt", body.receivedAt),
                body.description,
                body.majorMatter,
                body.crisis,
                body.lateReason,
                ApiEnums.parse("concern", ComplaintSubject.class, body.concern)));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(registered.getId()))
                        .build())
                .entity(show(registered))
                .build();
    }

    @GET
    @Path("{id}")
    public CaseDto get(@PathParam("id") long id) {
        return show(cases.find(id));
    }

    @POST
    @Path("{id}/reply")
    public CaseDto reply(@PathParam("id") long id, CaseActDto body) {
        return show(cases.recordReply(id, at(body), lateReason(body)));
    }

    @POST
    @Path("{id}/leader-report")
    public CaseDto leaderReport(@PathParam("id") long id, CaseActDto body) {
        return show(cases.recordLeaderReport(id, at(body), lateReason(body)));
    }

    @POST
    @Path("{id}/on-site-confirmation")
    public CaseDto onSiteConfirmation(@PathParam("id") long id, CaseActDto body) {
        return show(cases.confirmOnSiteNeeded(id, at(body), lateReason(body)));
    }

    @POST
    @Path("{id}/arrival")
    public CaseDto arrival(@PathParam("id") long id, CaseActDto body) {
        return show(cases.recordArrival(id, at(body), lateReason(body)));
    }

    @POST
    @Path("{id}/pause")
    public CaseDto pause(@PathParam("id") long id, CaseActDto body) {
        return show(cases.pauseArrivalClock(id, at(body), body == null ? null : body.reason, lateReason(body)));
    }

    @POST
    @Path("{id}/resume")
    public CaseDto resume(@PathParam("id") long id, CaseActDto body) {
        return show(cases.resumeArrivalClock(id, at(body), lateReason(body)));
    }

    @POST
    @Path("{id}/close")
    public CaseDto close(@PathParam("id") long id, CaseActDto body) {
        return show(cases.close(id, body == null ? null : body.answer, at(body), lateReason(body)));
    }

    @POST
    @Path("{id}/cancel")
    public CaseDto cancel(@PathParam("id") long id, CaseActDto body) {
        return show(cases.cancel(id, body == null ? null : body.reason, at(body), lateReason(body)));
    }

    /**
     * A link for the owner's contact (issue 16): 201 with the token — shown this once —, its address and when it
     * expires (null while the case is open, 30 days after it closed); a new link revokes the case's earlier one.
     */
    @POST
    @Path("{id}/owner-link")
    public Response ownerLink(@PathParam("id") long id) {
        OwnerLinkService.MadeLink made = ownerLinks.make(id);
        OwnerLinkDtos.MadeLinkDto dto = new OwnerLinkDtos.MadeLinkDto();
        dto.token = made.token();
        dto.url = publicAccess.ownerUrl(made.token());
        dto.expiresAt = ApiInstants.format(made.expiresAt());
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .entity(dto)
                .build();
    }

    /**
     * Revokes the case's links for the owner (issue 16): 204; their tokens answer 404 like unknown ones from now on.
     * Revoking when there is none is no error.
     */
    @DELETE
    @Path("{id}/owner-link")
    public Response revokeOwnerLink(@PathParam("id") long id) {
        ownerLinks.revoke(id);
        return Response.noContent().build();
    }

    /** Flags the case a crisis (R-S11): a priority special case, leadership notified at once. */
    @POST
    @Path("{id}/crisis")
    public CaseDto crisis(@PathParam("id") long id, CaseActDto body) {
        return show(cases.flagCrisis(id, at(body), lateReason(body)));
    }

    // ---- routing to suppliers (R-S2) ----

    /** 201 with the case, its forwardings included; {@code Location} names the new forwarding. */
    @POST
    @Path("{id}/supplier-forwarding")
    public Response forwardToSupplier(@PathParam("id") long id, RoutingDtos.ForwardingDto body) {
        RoutingDtos.ForwardingDto forwarding = required(body);
        SupplierForwarding made = cases.forwardToSupplier(
                id, forwarding.subcontractorId, ApiInstants.parse("at", forwarding.at), forwarding.lateReason);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(made.getId()))
                        .build())
                .entity(show(cases.find(id)))
                .build();
    }

    @POST
    @Path("{id}/supplier-forwarding/{fid}/answer")
    public CaseDto supplierAnswer(
            @PathParam("id") long id, @PathParam("fid") long forwardingId, RoutingDtos.AnswerDto body) {
        RoutingDtos.AnswerDto answer = required(body);
        return show(cases.recordSupplierAnswer(
                id, forwardingId, answer.answer, ApiInstants.parse("at", answer.at), answer.lateReason));
    }

    // ---- complaints (R-S10) ----

    /** 201 with the case, its hand-offs included; {@code Location} names the new hand-off. */
    @POST
    @Path("{id}/complaint-handoffs")
    public Response handOffComplaint(@PathParam("id") long id, RoutingDtos.HandoffDto body) {
        RoutingDtos.HandoffDto handoff = required(body);
        ComplaintHandoff made = cases.handOffComplaint(
                id,
                ApiEnums.parse("to", HandoffTarget.class, handoff.to),
                handoff.subcontractorId,
                ApiEnums.parse("subject", ComplaintSubject.class, handoff.subject),
                ApiInstants.parse("at", handoff.at),
                handoff.lateReason);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(made.getId()))
                        .build())
                .entity(show(cases.find(id)))
                .build();
    }

    @POST
    @Path("{id}/complaint-handoffs/{hid}/answer")
    public CaseDto handoffAnswer(
            @PathParam("id") long id, @PathParam("hid") long handoffId, RoutingDtos.AnswerDto body) {
        RoutingDtos.AnswerDto answer = required(body);
        return show(cases.recordHandoffAnswer(
                id, handoffId, answer.answer, ApiInstants.parse("at", answer.at), answer.lateReason));
    }

    /** The owner was kept informed (R-S10): 201 with the case, its updates included. */
    @POST
    @Path("{id}/owner-updates")
    public Response ownerUpdate(@PathParam("id") long id, RoutingDtos.OwnerUpdateDto body) {
        RoutingDtos.OwnerUpdateDto update = required(body);
        ServiceCase updated =
                cases.recordOwnerUpdate(id, update.text, ApiInstants.parse("at", update.at), update.lateReason);
        return Response.created(uriInfo.getAbsolutePathBuilder().build())
                .entity(show(updated))
                .build();
    }

    // ---- dispatch (R-S6) ----

    @POST
    @Path("{id}/dispatch-proposal")
    public CaseDto proposeDispatch(@PathParam("id") long id, DispatchProposalDto body) {
        DispatchProposalDto proposal = required(body);
        return show(dispatch.propose(
                id,
                proposal.engineerIds,
                ApiInstants.parse("plannedFrom", proposal.plannedFrom),
                ApiInstants.parse("plannedTo", proposal.plannedTo),
                ApiInstants.parse("at", proposal.at),
                proposal.lateReason));
    }

    /** {@code approve: true} sends {@code engineerIds} (those proposed when absent); {@code false} rejects, with a reason. */
    @POST
    @Path("{id}/dispatch-approval")
    public CaseDto decideDispatch(@PathParam("id") long id, DispatchDecisionDto body) {
        DispatchDecisionDto decision = required(body);
        if (decision.approve == null) {
            throw new BusinessException("approve", "api.error.approveRequired");
        }
        Instant at = ApiInstants.parse("at", decision.at);
        return show(
                decision.approve
                        ? dispatch.approve(id, decision.engineerIds, at, decision.lateReason)
                        : dispatch.reject(id, decision.reason, at, decision.lateReason));
    }

    // ---- the visit (R-S7) ----

    @POST
    @Path("{id}/visit-agreement")
    public CaseDto agreeVisit(@PathParam("id") long id, VisitAgreementDto body) {
        VisitAgreementDto agreement = required(body);
        return show(onSite.agreeVisit(
                id,
                ApiInstants.parse("agreedArrivalAt", agreement.agreedArrivalAt),
                agreement.ownerCooperation,
                ApiInstants.parse("at", agreement.at),
                agreement.lateReason));
    }

    @POST
    @Path("{id}/safety-acknowledgement")
    public CaseDto acknowledgeSafety(@PathParam("id") long id, CaseActDto body) {
        return show(onSite.acknowledgeSafety(id, at(body), lateReason(body)));
    }

    @POST
    @Path("{id}/work-done")
    public CaseDto workDone(@PathParam("id") long id, WorkDoneDto body) {
        WorkDoneDto work = required(body);
        List<WorkDoneDto.PartDto> lines = work.parts == null ? List.of() : work.parts;
        List<PartUsed> parts = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            WorkDoneDto.PartDto line = lines.get(i);
            parts.add(new PartUsed(i + 1, line == null ? null : line.name, line == null ? null : line.quantity));
        }
        return show(onSite.recordWorkDone(
                id, work.work, parts, work.result, ApiInstants.parse("at", work.at), work.lateReason));
    }

    // ---- sign-off (R-S8) ----

    @POST
    @Path("{id}/service-report/sign")
    public CaseDto signServiceReport(@PathParam("id") long id, SignatureDto body) {
        SignatureDto signed = required(body);
        return show(onSite.signServiceReport(
                id,
                signed.signerName,
                ApiEnums.parse("signerRole", SignerRole.class, signed.signerRole),
                signed.signerTitle,
                signature(signed),
                ApiInstants.parse("at", signed.at),
                signed.lateReason));
    }

    @POST
    @Path("{id}/dispatch-ticket/sign")
    public CaseDto signDispatchTicket(@PathParam("id") long id, SignatureDto body) {
        SignatureDto signed = required(body);
        return show(onSite.signDispatchTicket(
                id, signed.customerName, signature(signed), ApiInstants.parse("at", signed.at), signed.lateReason));
    }

    @POST
    @Path("{id}/service-report/amendments")
    public CaseDto amendServiceReport(@PathParam("id") long id, AmendmentDto body) {
        return show(onSite.amendServiceReport(id, required(body).text));
    }

    // ---- work that cannot be done on site (R-S9) ----

    @POST
    @Path("{id}/factory-return")
    public CaseDto factoryReturn(@PathParam("id") long id, FactoryReturnDto body) {
        FactoryReturnDto record = required(body);
        FactoryReturnDto.BookEntryDto entry =
                record.bookEntry == null ? new FactoryReturnDto.BookEntryDto() : record.bookEntry;
        FactoryReturnDto.SplitDto split = record.split == null ? new FactoryReturnDto.SplitDto() : record.split;
        SupportKind kind = record.kind == null || record.kind.isBlank()
                ? SupportKind.FACTORY_RETURN
                : ApiEnums.parse("kind", SupportKind.class, record.kind);
        return show(onSite.recordFactoryReturn(
                id,
                new FactoryReturnData(
                        kind,
                        record.consentBy,
                        ApiInstants.parse("consentAt", record.consentAt),
                        ApiInstants.parse("leadershipReportedAt", record.leadershipReportedAt),
                        entry.number,
                        entry.date,
                        entry.text,
                        split.company,
                        split.subcontractor,
                        split.design,
                        split.owner)));
    }

    // ---- after the service (R-S12) ----

    @POST
    @Path("{id}/costs")
    public Response recordCost(@PathParam("id") long id, CostDto body) {
        CostDto line = required(body);
        BigDecimal hours = line.hours;
        ServiceCost recorded = costs.record(
                id,
                ApiEnums.parse("category", CostCategory.class, line.category),
                line.description,
                ApiValues.money("amount", line.amount),
                hours,
                ApiValues.money("rate", line.rate),
                new ServiceCost.StandardFacts(
                        line.nights,
                        line.cityTier,
                        ApiEnums.parse("travelClass", org.aftersales.cost.TravelClass.class, line.travelClass),
                        line.allowanceDays));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(recorded.getId()))
                        .build())
                .entity(CostDto.of(recorded, personNames.everyone()))
                .build();
    }

    @GET
    @Path("{id}/costs")
    public CostStatementDto costs(@PathParam("id") long id) {
        return CostStatementDto.of(costs.statement(id), personNames.everyone());
    }

    @GET
    @Path("{id}/costs/{costId}")
    public CostDto cost(@PathParam("id") long id, @PathParam("costId") long costId) {
        return CostDto.of(costs.find(id, costId), personNames.everyone());
    }

    @POST
    @Path("{id}/trip-report")
    public CaseDto tripReport(@PathParam("id") long id, TripReportDto body) {
        TripReportDto report = required(body);
        return show(onSite.fileTripReport(id, report.text, report.fromDate, report.toDate));
    }

    @POST
    @Path("{id}/assessment")
    public CaseDto assessment(@PathParam("id") long id, AssessmentDto body) {
        AssessmentDto assessment = required(body);
        return show(onSite.assess(
                id,
                assessment.workloadScore,
                assessment.qualityScore,
                assessment.costControlScore,
                assessment.comment,
                ApiInstants.parse("at", assessment.at),
                assessment.lateReason));
    }

    private CaseDto show(ServiceCase serviceCase) {
        CaseDto dto = CaseDto.detailed(serviceCase, cases.now(), personNames.everyone());
        dto.routedTo = CaseDto.CaseRoutingDto.of(cases.routing(serviceCase));
        dto.mayWork = cases.mayWork(serviceCase);
        return dto;
    }

    private static Instant at(CaseActDto body) {
        return body == null ? null : ApiInstants.parse("at", body.at);
    }

    private static String lateReason(CaseActDto body) {
        return body == null ? null : body.lateReason;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }

    /**
     * The drawn signature as sent, or the scan decoded from base64 — refused when it is no base64 or far too long to be
     * a scan the domain would take.
     */
    private static SignatureInput signature(SignatureDto body) {
        if (body.scanBase64 == null || body.scanBase64.isBlank()) {
            return new SignatureInput(body.signature, null, body.scanContentType);
        }
        String base64 = body.scanBase64.strip();
        if ((long) base64.length() * 3 / 4 > SignatureImage.SCAN_MAX_BYTES + 1024L) {
            throw new BusinessException("scanBase64", "signature.error.scanTooLarge", SignatureImage.SCAN_MAX_MB);
        }
        try {
            return new SignatureInput(body.signature, Base64.getMimeDecoder().decode(base64), body.scanContentType);
        } catch (IllegalArgumentException notBase64) {
            throw new BusinessException("scanBase64", "api.error.base64Format");
        }
    }
}
