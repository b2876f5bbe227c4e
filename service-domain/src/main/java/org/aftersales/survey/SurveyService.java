package org.aftersales.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectService;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.Subcontractor;

/**
 * Satisfaction surveys and supplier scorecards (R-B3): survey templates, archiving responses per project and
 * supplier, and the scorecards the responses roll up into — ranked, and as a trend over quarters.
 *
 * <p>Responses are project data: a project department sees its own projects' responses only. Scorecards compare
 * suppliers company-wide.
 */
@ApplicationScoped
public class SurveyService {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "answeredDate", "r.answeredDate",
            "score", "r.score",
            "projectCode", "p.code",
            "supplier", "s.name",
            "template", "t.name",
            "respondent", "r.respondent");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Inject
    Clock clock;

    @Inject
    AftersalesConfig config;

    // ---- templates ----

    @Transactional
    public SurveyTemplate createTemplate(String name, SurveyPurpose purpose, List<QuestionData> questions) {
        caller.require(Permission.SURVEY_TEMPLATE_EDIT);
        requireUniqueName(name, null);
        SurveyTemplate template = new SurveyTemplate(name, purpose);
        template.replaceQuestions(questions, false);
        em.persist(template);
        return template;
    }

    /** Changes a template; its questions only while no response exists. */
    @Transactional
    public SurveyTemplate updateTemplate(
            long id, long expectedVersion, String name, SurveyPurpose purpose, List<QuestionData> questions) {
        caller.require(Permission.SURVEY_TEMPLATE_EDIT);
        SurveyTemplate template = findTemplate(id);
        if (template.getVersion() != expectedVersion) {
            throw new StaleVersionException(template.getModifiedBy(), template.getModifiedAt());
        }
        requireUniqueName(name, id);
        boolean answered = responseCount(template) > 0;
        if (answered && purpose != template.getPurpose()) {
            throw new BusinessException("purpose", "survey.error.templateInUse");
        }
        template.rename(name, purpose);
        if (questions != null) {
            template.replaceQuestions(questions, answered);
        }
        try {
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(template.getModifiedBy(), template.getModifiedAt());
        }
        return template;
    }

    @Transactional
    public SurveyTemplate setActive(long id, boolean active) {
        caller.require(Permission.SURVEY_TEMPLATE_EDIT);
        SurveyTemplate template = findTemplate(id);
        if (active) {
            template.reactivate();
        } else {
            template.retire();
        }
        return template;
    }

    @Transactional
    public SurveyTemplate findTemplate(long id) {
        caller.require(Permission.SURVEY_VIEW);
        SurveyTemplate template = em.find(SurveyTemplate.class, id);
        if (template == null) {
            throw new NotFoundException("surveyTemplate", id);
        }
        return template;
    }

    /** The templates, active ones first, optionally of one purpose. */
    @Transactional
    public List<SurveyTemplate> templates(SurveyPurpose purpose, boolean activeOnly) {
        caller.require(Permission.SURVEY_VIEW);
        // A handful of templates: the active filter is applied here (EclipseLink binds boolean literals as 0/1, which
        // H2 refuses to compare with a BOOLEAN column).
        String where = purpose == null ? "" : " where t.purpose = :purpose";
        TypedQuery<SurveyTemplate> query =
                em.createQuery("select t from SurveyTemplate t" + where + " order by t.name", SurveyTemplate.class);
        if (purpose != null) {
            query.setParameter("purpose", purpose);
        }
        return query.getResultList().stream()
                .filter(t -> !activeOnly || t.isActive())
                .sorted(java.util.Comparator.comparing((SurveyTemplate t) -> !t.isActive()))
                .toList();
    }

    public long responseCount(SurveyTemplate template) {
        return em.createQuery("select count(r) from SurveyResponse r where r.template = :template", Long.class)
                .setParameter("template", template)
                .getSingleResult();
    }

    // ---- responses ----

    /**
     * Archives a response (R-B3). A supplier survey names a supplier registered on the project (R-B1); an owner survey
     * may name the service case it follows.
     */
    @Transactional
    public SurveyResponse answer(long templateId, ResponseData data) {
        caller.require(Permission.SURVEY_ANSWER);
        SurveyTemplate template = findTemplate(templateId);
        Project project = data.projectId() == null ? null : projects.find(data.projectId());
        Subcontractor supplier = null;
        if (data.subcontractorId() != null) {
            supplier = em.find(Subcontractor.class, data.subcontractorId());
            boolean onProject = supplier != null
                    && project != null
                    && !em.createQuery(
                                    "select ps.id from ProjectSubcontractor ps where ps.project = :project"
                                            + " and ps.subcontractor = :supplier",
                                    Long.class)
                            .setParameter("project", project)
                            .setParameter("supplier", supplier)
                            .getResultList()
                            .isEmpty();
            if (!onProject) {
                throw new BusinessException("subcontractorId", "survey.error.supplierNotOnProject");
            }
        }
        ServiceCase serviceCase =
                data.serviceCaseId() == null ? null : em.find(ServiceCase.class, data.serviceCaseId());
        if (data.serviceCaseId() != null && serviceCase == null) {
            throw new NotFoundException("serviceCase", data.serviceCaseId());
        }
        SurveyResponse response = new SurveyResponse(
                template,
                project,
                supplier,
                serviceCase,
                data.respondent(),
                data.answeredDate(),
                data.answers(),
                LocalDate.now(clock));
        em.persist(response);
        return response;
    }

    @Transactional
    public SurveyResponse findResponse(long id) {
        caller.require(Permission.SURVEY_VIEW);
        SurveyResponse response = em.find(SurveyResponse.class, id);
        if (response == null) {
            throw new NotFoundException("surveyResponse", id);
        }
        try {
            projects.find(response.getProject().getId());
        } catch (NotFoundException projectNotVisible) {
            throw new NotFoundException("surveyResponse", id);
        }
        response.getAnswers().forEach(a -> a.getQuestion().getTextZh());
        return response;
    }

    /** The archive: responses per project and supplier, newest first; a project department sees its own only. */
    @Transactional
    public Page<SurveyResponse> responses(ResponseFilter filter, PageRequest page) {
        caller.require(Permission.SURVEY_VIEW);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.templateId() != null) {
            where.append(" and t.id = :template");
            params.put("template", filter.templateId());
        }
        if (filter.projectId() != null) {
            where.append(" and p = :project");
            params.put("project", projects.find(filter.projectId()));
        }
        if (filter.subcontractorId() != null) {
            where.append(" and s.id = :supplier");
            params.put("supplier", filter.subcontractorId());
        }
        if (caller.restrictedToOwnDepartment()) {
            where.append(" and p.projectDepartment.id = :own");
            Long own = caller.departmentId();
            params.put("own", own == null ? Long.valueOf(-1L) : own);
        }
        String from = " from SurveyResponse r join r.template t join r.project p left join r.subcontractor s";
        String order = page.sortField() == null ? "r.answeredDate desc" : page.orderBy(SORT_FIELDS, "r.answeredDate");
        TypedQuery<SurveyResponse> query =
                em.createQuery("select r" + from + where + " order by " + order + ", r.id desc", SurveyResponse.class);
        TypedQuery<Long> count = em.createQuery("select count(r)" + from + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    // ---- scorecards ----

    /**
     * The supplier scorecards of the days {@code from} … {@code to} (both included), ranked by average score, best
     * first; suppliers without a scored response follow, by name. Every supplier with a response or a quality defect
     * in the period has a card.
     */
    @Transactional
    public List<SupplierScorecard> scorecards(LocalDate from, LocalDate to) {
        caller.require(Permission.SCORECARD_VIEW);
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("to", "survey.error.period");
        }
        Map<Long, String> names = new HashMap<>();
        Map<Long, BigDecimal[]> scores = new HashMap<>();
        Map<Long, Long> responseCounts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select s.id, s.name, count(r), sum(r.score), count(r.score)"
                                + " from SurveyResponse r join r.subcontractor s"
                                + " where r.answeredDate >= :from and r.answeredDate <= :to group by s.id, s.name",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            long id = (Long) row[0];
            names.put(id, (String) row[1]);
            responseCounts.put(id, (Long) row[2]);
            long scored = (Long) row[4];
            scores.put(id, new BigDecimal[] {
                scored == 0 ? null : toDecimal(row[3]).divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP)
            });
        }
        // R-B3 (issue 19 item 10): a quality defect is a case on the supplier's equipment that ended with a confirmed
        // quality cost against that supplier (R-C4: "由售后服务部登记备案，报工程部相关负责人确认，并由工程部扣除") or with a
        // responsibility split that gives the subcontractor a share (R-S9: "确认责任划分") — each case once, however many
        // costs or splits it has. A consultation, a cancelled case or a fault nobody charged to the supplier is none.
        Map<Long, Long> defects = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select s.id, s.name, count(distinct c.id) from ServiceCase c join c.equipmentItem e"
                                + " join e.supplier s where c.receivedAt >= :from and c.receivedAt < :to"
                                + " and c.status <> org.aftersales.servicecase.CaseStatus.CANCELLED"
                                + " and (exists (select q.id from QualityCost q where q.serviceCase = c"
                                + " and q.state = org.aftersales.retention.QualityCostState.CONFIRMED"
                                + " and q.retention.subcontractor = s)"
                                + " or exists (select f.id from FactoryReturn f where f.serviceCase = c"
                                + " and f.split.subcontractor > 0))"
                                + " group by s.id, s.name",
                        Object[].class)
                .setParameter("from", startOf(from))
                .setParameter("to", startOf(to.plusDays(1)))
                .getResultList()) {
            long id = (Long) row[0];
            names.put(id, (String) row[1]);
            defects.put(id, (Long) row[2]);
        }
        Map<Long, BigDecimal> deducted = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select s.id, s.name, sum(e.amount) from RetentionEntry e join e.retention r"
                                + " join r.subcontractor s where e.kind = org.aftersales.retention.RetentionEntryKind.DEDUCTED"
                                + " and e.entryDate >= :from and e.entryDate <= :to group by s.id, s.name",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            long id = (Long) row[0];
            names.put(id, (String) row[1]);
            deducted.put(id, toDecimal(row[2]).setScale(2, RoundingMode.HALF_UP));
        }
        Map<Long, long[]> answerSeconds = new HashMap<>();
        Map<Long, Long> unanswered = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select s.id, s.name, f.sentAt, f.answeredAt from SupplierForwarding f"
                                + " join f.supplier s where f.sentAt >= :from and f.sentAt < :to",
                        Object[].class)
                .setParameter("from", startOf(from))
                .setParameter("to", startOf(to.plusDays(1)))
                .getResultList()) {
            long id = (Long) row[0];
            names.put(id, (String) row[1]);
            if (row[3] == null) {
                unanswered.merge(id, 1L, Long::sum);
            } else {
                long seconds = java.time.Duration.between((java.time.Instant) row[2], (java.time.Instant) row[3])
                        .getSeconds();
                answerSeconds.merge(id, new long[] {seconds, 1}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        List<Long> ids = new ArrayList<>(names.keySet());
        Comparator<Long> byScore = Comparator.comparing(
                (Long id) -> scores.containsKey(id) ? scores.get(id)[0] : null,
                Comparator.nullsLast(Comparator.reverseOrder()));
        ids.sort(byScore.thenComparing(names::get));
        List<SupplierScorecard> cards = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            long[] answered = answerSeconds.get(id);
            BigDecimal meanHours = answered == null
                    ? null
                    : BigDecimal.valueOf(answered[0])
                            .divide(BigDecimal.valueOf(answered[1] * 3600L), 1, RoundingMode.HALF_UP);
            cards.add(new SupplierScorecard(
                    id,
                    names.get(id),
                    scores.containsKey(id) ? scores.get(id)[0] : null,
                    responseCounts.getOrDefault(id, 0L),
                    defects.getOrDefault(id, 0L),
                    i + 1,
                    deducted.getOrDefault(id, BigDecimal.ZERO.setScale(2)),
                    meanHours,
                    unanswered.getOrDefault(id, 0L)));
        }
        return cards;
    }

    /** A supplier's average score per calendar quarter, the last {@code quarters} quarters up to today. */
    @Transactional
    public List<ScorePoint> trend(long subcontractorId, int quarters) {
        caller.require(Permission.SCORECARD_VIEW);
        LocalDate today = LocalDate.now(clock);
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        List<ScorePoint> points = new ArrayList<>();
        for (int i = quarters - 1; i >= 0; i--) {
            LocalDate from = thisQuarter.minusMonths(3L * i);
            LocalDate to = from.plusMonths(3).minusDays(1);
            Object[] row = em.createQuery(
                            "select count(r), sum(r.score), count(r.score) from SurveyResponse r"
                                    + " where r.subcontractor.id = :supplier and r.answeredDate >= :from"
                                    + " and r.answeredDate <= :to",
                            Object[].class)
                    .setParameter("supplier", subcontractorId)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getSingleResult();
            long scored = (Long) row[2];
            points.add(new ScorePoint(
                    from,
                    scored == 0 ? null : toDecimal(row[1]).divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP),
                    (Long) row[0]));
        }
        return points;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(config.zone()).toInstant();
    }

    private static BigDecimal toDecimal(Object sum) {
        return sum instanceof BigDecimal decimal ? decimal : new BigDecimal(sum.toString());
    }

    private void requireUniqueName(String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("name", "survey.error.nameRequired");
        }
        List<Long> ids = em.createQuery("select t.id from SurveyTemplate t where t.name = :name", Long.class)
                .setParameter("name", name.strip())
                .getResultList();
        if (ids.stream().anyMatch(id -> !id.equals(exceptId))) {
            throw new BusinessException("name", "survey.error.nameTaken", name.strip());
        }
    }
}
