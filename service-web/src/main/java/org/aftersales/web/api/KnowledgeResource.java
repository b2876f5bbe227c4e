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
import org.aftersales.knowledge.ArticleData;
import org.aftersales.knowledge.ArticleKind;
import org.aftersales.knowledge.KnowledgeArticle;
import org.aftersales.knowledge.KnowledgeQuery;
import org.aftersales.knowledge.KnowledgeResult;
import org.aftersales.knowledge.KnowledgeSearch;
import org.aftersales.knowledge.KnowledgeService;
import org.aftersales.knowledge.SearchableType;
import org.aftersales.project.Discipline;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.PersonNames;

/**
 * The knowledge base (R-K3): full-text search in Chinese and English, ranked, with snippets; writing articles. A
 * new article is searchable as soon as the POST has answered (the index is updated when the save commits).
 */
@Path("knowledge")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    @Inject
    KnowledgeSearch search;

    @Inject
    PersonNames personNames;

    @Inject
    KnowledgeService knowledge;

    @Context
    UriInfo uriInfo;

    /**
     * {@code q}: the words (Chinese, English or both). Filters: {@code type} (ARTICLE, MANUAL), {@code kind}
     * (an ArticleKind or ManualKind constant), {@code discipline}, {@code equipment} (an equipment type), {@code
     * projectId}. Without words there are no hits.
     */
    @GET
    @Path("search")
    public KnowledgeSearchDto search(
            @QueryParam("q") String text,
            @QueryParam("type") String type,
            @QueryParam("kind") String kind,
            @QueryParam("discipline") String discipline,
            @QueryParam("equipment") String equipment,
            @QueryParam("projectId") Long projectId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest page = new PageRequest(offset, size, null, true);
        KnowledgeResult result = search.search(
                new KnowledgeQuery(
                        text,
                        ApiEnums.parse("type", SearchableType.class, type),
                        kind == null || kind.isBlank() ? null : kind.strip(),
                        ApiEnums.parse("discipline", Discipline.class, discipline),
                        equipment,
                        projectId),
                page.offset(),
                page.size());
        return new KnowledgeSearchDto(
                result.hits().stream().map(KnowledgeHitDto::of).toList(),
                result.total(),
                result.exact(),
                page.offset(),
                page.size());
    }

    @GET
    @Path("articles/{id}")
    public ArticleDto get(@PathParam("id") long id) {
        return ArticleDto.of(knowledge.find(id), personNames.everyone());
    }

    @POST
    @Path("articles")
    public Response create(ArticleDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        KnowledgeArticle created = knowledge.create(
                new ArticleData(
                        ApiEnums.parse("kind", ArticleKind.class, body.kind),
                        body.title,
                        body.symptom,
                        body.cause,
                        body.fix,
                        body.equipmentType,
                        body.equipmentModel,
                        ApiEnums.parse("discipline", Discipline.class, body.discipline),
                        body.projectId,
                        body.equipmentItemId,
                        body.serviceCaseId),
                Boolean.TRUE.equals(body.submit));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("knowledge/articles/" + created.getId())
                        .build())
                .entity(ArticleDto.of(created, personNames.everyone()))
                .build();
    }
}
