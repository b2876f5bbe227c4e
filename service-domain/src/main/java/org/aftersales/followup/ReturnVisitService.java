package org.aftersales.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * Use cases of return visits (回访, R-F3; 第四章第四条3): the project's project department — or the after-sales
 * specialist — plans at least one per project during its service period and records it done with the visit report;
 * the list shows every project from provisional handover on with its visits and the flag of {@link ReturnVisitFlag}.
 *
 * <p>A PROJECT_DEPT user plans, records and sees only their department's projects (through
 * {@link ProjectService#find}). Like the follow-up planner, the overview reads the handed-over projects and their
 * visits in two queries and pages in memory: the rows are bounded by the company's projects.
 */
@ApplicationScoped
public class ReturnVisitService {

    private static final Map<String, Comparator<ReturnVisitOverview>> SORTS = Map.of(
            "projectCode", Comparator.comparing(ReturnVisitOverview::projectCode),
            "warrantyEnd",
                    Comparator.comparing(
                            ReturnVisitOverview::warrantyEnd, Comparator.nullsLast(Comparator.naturalOrder())),
            "flagged", Comparator.comparing(ReturnVisitOverview::flagged));

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProjectService projects;

    @Inject
    AftersalesConfig config;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.zone());
    }

    @Transactional
    public ReturnVisit plan(long projectId, LocalDate plannedDate, String note) {
        caller.require(Permission.RETURN_VISIT_EDIT);
        ReturnVisit visit = new ReturnVisit(projects.find(projectId), plannedDate, note);
        em.persist(visit);
        return visit;
    }

    @Transactional
    public ReturnVisit reschedule(long visitId, long expectedVersion, LocalDate plannedDate, String note) {
        caller.require(Permission.RETURN_VISIT_EDIT);
        ReturnVisit visit = current(visitId, expectedVersion);
        visit.reschedule(plannedDate, note);
        return flushed(visit);
    }

    /** Records the visit done with its report (R-F3). */
    @Transactional
    public ReturnVisit recordDone(long visitId, long expectedVersion, ReturnVisitReport report) {
        caller.require(Permission.RETURN_VISIT_EDIT);
        ReturnVisit visit = current(visitId, expectedVersion);
        visit.recordDone(report, today(), caller.username());
        return flushed(visit);
    }

    /** Cancels a planned visit (a done one is a record and stays); the audit trail keeps who and when. */
    @Transactional
    public void cancel(long visitId) {
        caller.require(Permission.RETURN_VISIT_EDIT);
        ReturnVisit visit = find(visitId);
        if (visit.isDone()) {
            throw new BusinessException("returnVisit.error.alreadyDone");
        }
        em.remove(visit);
    }

    /** The visit, if the caller may see its project; otherwise "not found". */
    @Transactional
    public ReturnVisit find(long visitId) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        ReturnVisit visit = em.find(ReturnVisit.class, visitId);
        if (visit == null) {
            throw new NotFoundException("returnVisit", visitId);
        }
        try {
            projects.find(visit.getProject().getId());
        } catch (NotFoundException projectNotVisible) {
            throw new NotFoundException("returnVisit", visitId);
        }
        return visit;
    }

    private ReturnVisit current(long visitId, long expectedVersion) {
        ReturnVisit visit = find(visitId);
        if (visit.getVersion() != expectedVersion) {
            throw new StaleVersionException(visit.getModifiedBy(), visit.getModifiedAt());
        }
        return visit;
    }

    private ReturnVisit flushed(ReturnVisit visit) {
        try {
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(visit.getModifiedBy(), visit.getModifiedAt());
        }
        return visit;
    }

    /** One project's return visits on {@code asOf}. */
    @Transactional
    public ReturnVisitOverview overview(long projectId, LocalDate asOf) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        projects.find(projectId);
        List<ReturnVisitOverview> rows = overviews(asOf, new ReturnVisitFilter(projectId, null, false));
        if (rows.isEmpty()) {
            throw new BusinessException("projectId", "followUp.error.notHandedOver", projectId);
        }
        return rows.get(0);
    }

    /** One page of the projects from provisional handover on, flagged first, then by warranty end. */
    @Transactional
    public Page<ReturnVisitOverview> list(LocalDate asOf, ReturnVisitFilter filter, PageRequest page) {
        List<ReturnVisitOverview> rows = new ArrayList<>(overviews(asOf, filter));
        Comparator<ReturnVisitOverview> order = page.sortField() == null ? null : SORTS.get(page.sortField());
        if (order == null) {
            order = Comparator.comparing(ReturnVisitOverview::flagged)
                    .reversed()
                    .thenComparing(SORTS.get("warrantyEnd"));
        } else if (!page.ascending()) {
            order = order.reversed();
        }
        rows.sort(order.thenComparing(ReturnVisitOverview::projectCode));
        int from = Math.min(page.offset(), rows.size());
        int to = Math.min(from + page.size(), rows.size());
        return new Page<>(List.copyOf(rows.subList(from, to)), rows.size());
    }

    /** Every project from provisional handover on (by {@code asOf}) matching {@code filter}, with its visits. */
    @Transactional
    public List<ReturnVisitOverview> overviews(LocalDate asOf, ReturnVisitFilter filter) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        ReturnVisitFilter wanted = filter == null ? ReturnVisitFilter.NONE : filter;
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(
                " where p.provisionalHandoverDate is not null and p.provisionalHandoverDate <= :asOf");
        params.put("asOf", asOf);
        if (wanted.projectId() != null) {
            where.append(" and p.id = :project");
            params.put("project", projects.find(wanted.projectId()).getId());
        } else if (caller.restrictedToOwnDepartment()) {
            where.append(" and p.projectDepartment.id = :ownDepartment");
            Long own = caller.departmentId();
            params.put("ownDepartment", own == null ? Long.valueOf(-1L) : own);
        }
        if (wanted.projectDepartmentId() != null) {
            where.append(" and p.projectDepartment.id = :department");
            params.put("department", wanted.projectDepartmentId());
        }
        TypedQuery<Project> query = em.createQuery(
                "select p from Project p join fetch p.owner" + " left join fetch p.projectDepartment" + where,
                Project.class);
        params.forEach(query::setParameter);
        List<Project> handedOver = query.getResultList();
        if (handedOver.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReturnVisit>> visits = new HashMap<>();
        TypedQuery<ReturnVisit> visitQuery = em.createQuery(
                "select v from ReturnVisit v join v.project p" + where + " order by v.plannedDate, v.id",
                ReturnVisit.class);
        params.forEach(visitQuery::setParameter);
        visitQuery
                .getResultList()
                .forEach(v -> visits.computeIfAbsent(v.getProject().getId(), id -> new ArrayList<>())
                        .add(v));
        List<ReturnVisitOverview> rows = new ArrayList<>();
        for (Project project : handedOver) {
            List<ReturnVisit> own = visits.getOrDefault(project.getId(), List.of());
            // A visit done after the day asked about is not known on that day.
            boolean done = own.stream()
                    .anyMatch(
                            v -> v.countsForServicePeriod() && !v.getVisitDate().isAfter(asOf));
            boolean flagged = ReturnVisitFlag.flagged(project.getWarrantyEnd(), done, asOf);
            if (wanted.flaggedOnly() && !flagged) {
                continue;
            }
            rows.add(new ReturnVisitOverview(
                    project.getId(),
                    project.getCode(),
                    project.getName(),
                    project.getOwner().getName(),
                    project.getProjectDepartment() == null
                            ? null
                            : project.getProjectDepartment().getId(),
                    project.getProjectDepartment() == null
                            ? null
                            : project.getProjectDepartment().getName(),
                    project.phaseOn(asOf),
                    project.getProvisionalHandoverDate(),
                    project.getWarrantyEnd(),
                    ReturnVisitFlag.flagFrom(project.getWarrantyEnd()),
                    List.copyOf(own),
                    flagged));
        }
        return rows;
    }
}
