package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.followup.FollowUpFilter;
import org.aftersales.followup.FollowUpService;
import org.aftersales.followup.FollowUpState;
import org.aftersales.followup.FollowUpStatus;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.PersonNames;
import org.aftersales.web.api.FollowUpDtos.DueDto;
import org.aftersales.web.api.FollowUpDtos.FollowUpDto;

/**
 * Owner follow-ups (R-F2) for the ERP and dashboards: which projects' owner contacts are due or overdue on a day,
 * read a logged contact (logging: {@link ProjectFollowUpResource}).
 */
@Path("follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @Inject
    FollowUpService followUps;

    @Inject
    PersonNames personNames;

    /**
     * The projects whose next owner contact is overdue or due within {@code withinDays} of {@code asOf} (default today,
     * 7 days), the most overdue first; {@code state} (repeatable) lists other states, e.g. {@code UPCOMING}. Pages like
     * the case list (scale issue 14): the count capped {@link Page#COUNT_CAP} beyond the page ({@code totalExact}),
     * and in the default order {@code next}, a cursor: {@code after=<next>} (same filters) reads the following page
     * without counting. A day before today is worked out as it was then and has no cursor.
     */
    @GET
    @Path("due")
    public PageDto<DueDto> due(
            @QueryParam("asOf") String asOfText,
            @QueryParam("withinDays") @DefaultValue("7") int withinDays,
            @QueryParam("projectId") Long projectId,
            @QueryParam("state") Set<String> stateTexts,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") @DefaultValue("dueDate") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending,
            @QueryParam("after") String after) {
        LocalDate asOf = asOfText == null || asOfText.isBlank() ? followUps.today() : ApiValues.date("asOf", asOfText);
        if (withinDays < 0) {
            throw new BusinessException("withinDays", "followUp.error.withinDays");
        }
        Set<FollowUpState> states = EnumSet.noneOf(FollowUpState.class);
        if (stateTexts != null) {
            stateTexts.forEach(s -> states.add(ApiEnums.parse("state", FollowUpState.class, s)));
        }
        PageRequest page = new PageRequest(offset, size, sort, !descending);
        boolean seek = after != null && !after.isEmpty();
        Page<FollowUpStatus> found = followUps.due(
                asOf, new FollowUpFilter(projectId, null, null, states, withinDays), page, seek ? after : null);
        Map<String, String> names = personNames.everyone();
        List<DueDto> items =
                found.items().stream().map(s -> DueDto.of(s, names)).toList();
        return seek
                ? PageDto.afterCursor(items, page.size(), found.next())
                : PageDto.of(items, found, page.offset(), page.size());
    }

    @GET
    @Path("{id}")
    public FollowUpDto get(@PathParam("id") long id) {
        return FollowUpDto.of(followUps.find(id), personNames.everyone());
    }
}
