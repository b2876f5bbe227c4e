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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.aftersales.servicecase.CaseFilter;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ClockState;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;

/**
 * Service cases for the ERP and the hotline system (R-S1…R-S8): register a call, read it with its clocks, and
 * record the acts that meet them. Each act takes the instant it happened ({@code at}); calls are often logged after
 * the fact.
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    ServiceCaseService cases;

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
            @QueryParam("desc") @DefaultValue("true") boolean descending) {
        CaseFilter filter = new CaseFilter(projectId,
                ApiEnums.parse("type", CaseType.class, type),
                ApiEnums.parse("serviceClass", ServiceClass.class, serviceClass),
                ApiEnums.parse("status", CaseStatus.class, status),
                ApiEnums.parse("clockState", ClockState.class, clockState),
                crisis);
        PageRequest page = new PageRequest(offset, size, sort, !descending);
        Page<ServiceCase> found = cases.list(filter, page);
        Instant now = cases.now();
        return new PageDto<>(found.items().stream().map(c -> CaseDto.of(c, now)).toList(), found.total(),
                page.offset(), page.size());
    }

    @POST
    public Response register(CaseIntakeDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        if (body.projectId == null) {
            throw new BusinessException("projectId", "case.error.projectRequired");
        }
        ServiceCase registered = cases.register(new CaseIntake(
                body.projectId,
                body.equipmentItemId,
                ApiEnums.parse("channel", Channel.class, body.channel),
                ApiEnums.parse("type", CaseType.class, body.type),
                body.reporterName,
                ApiInstants.parse("receivedAt", body.receivedAt),
                body.description,
                body.majorMatter,
                body.crisis));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(registered.getId())).build())
                .entity(CaseDto.of(registered, cases.now()))
                .build();
    }

    @GET
    @Path("{id}")
    public CaseDto get(@PathParam("id") long id) {
        return CaseDto.of(cases.find(id), cases.now());
    }

    @POST
    @Path("{id}/reply")
    public CaseDto reply(@PathParam("id") long id, CaseActDto body) {
        return show(cases.recordReply(id, at(body)));
    }

    @POST
    @Path("{id}/leader-report")
    public CaseDto leaderReport(@PathParam("id") long id, CaseActDto body) {
        return show(cases.recordLeaderReport(id, at(body)));
    }

    @POST
    @Path("{id}/on-site-confirmation")
    public CaseDto onSiteConfirmation(@PathParam("id") long id, CaseActDto body) {
        return show(cases.confirmOnSiteNeeded(id, at(body)));
    }

    @POST
    @Path("{id}/arrival")
    public CaseDto arrival(@PathParam("id") long id, CaseActDto body) {
        return show(cases.recordArrival(id, at(body)));
    }

    @POST
    @Path("{id}/pause")
    public CaseDto pause(@PathParam("id") long id, CaseActDto body) {
        return show(cases.pauseArrivalClock(id, at(body), body == null ? null : body.reason));
    }

    @POST
    @Path("{id}/resume")
    public CaseDto resume(@PathParam("id") long id, CaseActDto body) {
        return show(cases.resumeArrivalClock(id, at(body)));
    }

    @POST
    @Path("{id}/close")
    public CaseDto close(@PathParam("id") long id, CaseActDto body) {
        return show(cases.close(id, body == null ? null : body.answer, at(body)));
    }

    @POST
    @Path("{id}/cancel")
    public CaseDto cancel(@PathParam("id") long id, CaseActDto body) {
        return show(cases.cancel(id, body == null ? null : body.reason, at(body)));
    }

    private CaseDto show(ServiceCase serviceCase) {
        return CaseDto.of(serviceCase, cases.now());
    }

    private static Instant at(CaseActDto body) {
        return body == null ? null : ApiInstants.parse("at", body.at);
    }
}
