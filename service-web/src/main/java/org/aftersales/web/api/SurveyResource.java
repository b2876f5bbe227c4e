package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.List;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.PersonNames;
import org.aftersales.survey.AnswerData;
import org.aftersales.survey.ResponseData;
import org.aftersales.survey.SurveyResponse;
import org.aftersales.survey.SurveyService;

/** Satisfaction surveys and supplier scorecards (R-B3): the templates, archiving responses, the scorecards. */
@Path("surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

    @Inject
    SurveyService surveys;

    @Inject
    PersonNames personNames;

    @Context
    UriInfo uriInfo;

    /** The active templates with their questions. */
    @GET
    public List<SurveyDtos.Template> templates() {
        return surveys.templates(null, true).stream()
                .map(SurveyDtos.Template::of)
                .toList();
    }

    @GET
    @Path("{templateId}")
    public SurveyDtos.Template template(@PathParam("templateId") long templateId) {
        return SurveyDtos.Template.of(surveys.findTemplate(templateId));
    }

    /**
     * Archives a filled-in survey: {@code projectId}, {@code subcontractorId} (supplier surveys: a supplier registered
     * on the project), {@code serviceCaseId} (optional), {@code respondent}, {@code answeredDate} (yyyy-MM-dd) and the
     * answers by {@code questionId}. 201 with the response and its score.
     */
    @POST
    @Path("{templateId}/responses")
    public Response answer(@PathParam("templateId") long templateId, SurveyDtos.ResponseBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        List<AnswerData> answers = body.answers == null
                ? List.of()
                : body.answers.stream()
                        .map(a -> {
                            if (a == null || a.questionId == null) {
                                throw new BusinessException("answers", "survey.error.unknownQuestion", "—");
                            }
                            return new AnswerData(a.questionId, a.rating, a.yes, a.text);
                        })
                        .toList();
        SurveyResponse created = surveys.answer(
                templateId,
                new ResponseData(
                        body.projectId,
                        body.subcontractorId,
                        body.serviceCaseId,
                        body.respondent,
                        ApiValues.date("answeredDate", body.answeredDate),
                        answers));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(SurveyDtos.Response.of(created, personNames.everyone()))
                .build();
    }

    @GET
    @Path("{templateId}/responses/{id}")
    public SurveyDtos.Response response(@PathParam("templateId") long templateId, @PathParam("id") long id) {
        return SurveyDtos.Response.of(surveys.findResponse(id), personNames.everyone());
    }

    /** The supplier scorecards of {@code fromDate} … {@code toDate} (default: the last twelve months), ranked. */
    @GET
    @Path("scorecards")
    public List<SurveyDtos.Scorecard> scorecards(@QueryParam("fromDate") String from, @QueryParam("toDate") String to) {
        LocalDate end = to == null || to.isBlank()
                ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                : ApiValues.date("toDate", to);
        LocalDate start =
                from == null || from.isBlank() ? end.minusMonths(12).plusDays(1) : ApiValues.date("fromDate", from);
        return surveys.scorecards(start, end).stream()
                .map(SurveyDtos.Scorecard::of)
                .toList();
    }
}
