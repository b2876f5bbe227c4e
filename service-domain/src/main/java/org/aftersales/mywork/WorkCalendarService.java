package org.aftersales.mywork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftersales.followup.FollowUpFilter;
import org.aftersales.followup.FollowUpService;
import org.aftersales.followup.FollowUpState;
import org.aftersales.followup.ReturnVisit;
import org.aftersales.followup.ReturnVisitStatus;
import org.aftersales.project.Project;
import org.aftersales.servicecase.Dispatch;
import org.aftersales.servicecase.DispatchStatus;
import org.aftersales.servicecase.OnSiteVisit;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Role;

/**
 * The work calendar (issue 6): owner follow-ups due (R-F2), return visits planned and done (R-F3), on-site visits of
 * approved dispatches (R-S6, R-S7) and warranty ends (R-L1), for the days {@code [from, to)} in the configured zone —
 * the range a calendar page shows, loaded when it is shown.
 *
 * <p>For everyone, or for one engineer: then the on-site visits they are sent on and the follow-ups of the projects
 * whose owner they reached last — return visits (the project department's) and warranty ends belong to no engineer
 * and are left out. A project department sees its own projects only.
 */
@ApplicationScoped
public class WorkCalendarService {

    /** The longest range asked at once: a month view shows six weeks; a year is a generous bound. */
    public static final int MAX_DAYS = 400;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AftersalesConfig config;

    @Inject
    FollowUpService followUps;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.zone());
    }

    public ZoneId zone() {
        return config.zone();
    }

    /**
     * The entries of the days {@code [from, to)}, by time; {@code engineer} (a user name) or {@code null} for
     * everyone.
     */
    @Transactional
    public List<CalendarEvent> events(LocalDate from, LocalDate to, String engineer) {
        caller.require(Permission.FOLLOW_UP_VIEW);
        if (from == null || to == null || !to.isAfter(from)) {
            throw new BusinessException("to", "calendar.error.range");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BusinessException("to", "calendar.error.rangeTooLong", MAX_DAYS);
        }
        String who = engineer == null || engineer.isBlank() ? null : engineer.strip();
        List<CalendarEvent> events = new ArrayList<>();
        events.addAll(followUpsDue(from, to, who));
        events.addAll(onSiteVisits(from, to, who));
        if (who == null) {
            events.addAll(returnVisits(from, to));
            events.addAll(warrantyEnds(from, to));
        }
        ZoneId zone = zone();
        events.sort(Comparator.comparing((CalendarEvent e) ->
                        e.at() != null ? e.at() : e.day().atStartOfDay(zone).toInstant())
                .thenComparing(CalendarEvent::kind)
                .thenComparing(CalendarEvent::title));
        return events;
    }

    /** The enabled after-sales engineers, by name: the filter of the calendar and of the case list. */
    @Transactional
    public List<EngineerChoice> engineers() {
        caller.require(Permission.CASE_VIEW);
        return em
                .createQuery(
                        "select distinct u from AppUser u join u.roles r where r = :engineer"
                                + " and u.enabled = true order by u.displayName",
                        AppUser.class)
                .setParameter("engineer", Role.AFTER_SALES_ENGINEER)
                .getResultList()
                .stream()
                .map(u -> new EngineerChoice(u.getUsername(), u.getDisplayName()))
                .toList();
    }

    /** R-F2: each project's next due day as of today, when it falls in the range (declined owners are skipped). */
    private List<CalendarEvent> followUpsDue(LocalDate from, LocalDate to, String engineer) {
        EnumSet<FollowUpState> states =
                EnumSet.of(FollowUpState.OVERDUE, FollowUpState.DUE_SOON, FollowUpState.UPCOMING);
        return followUps
                .statuses(today(), new FollowUpFilter(null, null, engineer, states, FollowUpFilter.DEFAULT_WINDOW_DAYS))
                .stream()
                .filter(s -> s.dueDate() != null
                        && !s.dueDate().isBefore(from)
                        && s.dueDate().isBefore(to))
                .map(s -> new CalendarEvent(
                        CalendarEventKind.FOLLOW_UP_DUE,
                        s.projectCode() + " " + s.projectName(),
                        null,
                        s.dueDate(),
                        WorkTarget.FOLLOW_UP,
                        s.projectId()))
                .toList();
    }

    /** R-F3: planned visits on their planned day, done visits on the day they were made. */
    private List<CalendarEvent> returnVisits(LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        String where = " where ((v.status = :planned and v.plannedDate >= :from and v.plannedDate < :to)"
                + " or (v.status = :done and v.visitDate >= :from and v.visitDate < :to))" + ownProjects(params);
        params.put("planned", ReturnVisitStatus.PLANNED);
        params.put("done", ReturnVisitStatus.DONE);
        params.put("from", from);
        params.put("to", to);
        return query("select v from ReturnVisit v join fetch v.project p" + where, ReturnVisit.class, params).stream()
                .map(v -> v.isDone()
                        ? new CalendarEvent(
                                CalendarEventKind.RETURN_VISIT_DONE,
                                label(v.getProject()),
                                null,
                                v.getVisitDate(),
                                WorkTarget.RETURN_VISIT,
                                v.getProject().getId())
                        : new CalendarEvent(
                                CalendarEventKind.RETURN_VISIT_PLANNED,
                                label(v.getProject()),
                                null,
                                v.getPlannedDate(),
                                WorkTarget.RETURN_VISIT,
                                v.getProject().getId()))
                .toList();
    }

    /**
     * R-S6, R-S7: approved dispatches, at the arrival agreed with the owner where there is one, else at the start of
     * their planned window.
     */
    private List<CalendarEvent> onSiteVisits(LocalDate from, LocalDate to, String engineer) {
        ZoneId zone = zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where d.status = :approved"
                + " and ((v.agreedArrivalAt is not null and v.agreedArrivalAt >= :start and v.agreedArrivalAt < :end)"
                + " or (v.agreedArrivalAt is null and d.plannedFrom >= :start and d.plannedFrom < :end))");
        params.put("approved", DispatchStatus.APPROVED);
        params.put("start", start);
        params.put("end", end);
        where.append(ownProjects(params));
        if (engineer != null) {
            where.append(
                    " and exists (select e from Dispatch d2 join d2.engineers e where d2 = d and e.username = :engineer)");
            params.put("engineer", engineer);
        }
        return query(
                        "select d from Dispatch d join fetch d.serviceCase sc join fetch sc.project p left join sc.visit v"
                                + where,
                        Dispatch.class,
                        params)
                .stream()
                .map(d -> {
                    Instant agreed = d.getServiceCase()
                            .getVisit()
                            .map(OnSiteVisit::getAgreedArrivalAt)
                            .orElse(null);
                    String engineers = d.getEngineers().stream()
                            .map(AppUser::getDisplayName)
                            .collect(Collectors.joining("、"));
                    return new CalendarEvent(
                            CalendarEventKind.ON_SITE_VISIT,
                            d.getServiceCase().getNumber() + " "
                                    + d.getServiceCase().getProject().getCode() + " · " + engineers,
                            agreed != null ? agreed : d.getPlannedFrom(),
                            null,
                            WorkTarget.CASE,
                            d.getServiceCase().getId());
                })
                .toList();
    }

    /** R-L1: the last day covered by each project's warranty. */
    private List<CalendarEvent> warrantyEnds(LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        String where = " where p.warrantyEnd >= :from and p.warrantyEnd < :to" + ownProjects(params);
        params.put("from", from);
        params.put("to", to);
        return query("select p from Project p" + where, Project.class, params).stream()
                .map(p -> new CalendarEvent(
                        CalendarEventKind.WARRANTY_END,
                        label(p),
                        null,
                        p.getWarrantyEnd(),
                        WorkTarget.PROJECT,
                        p.getId()))
                .toList();
    }

    private static String label(Project p) {
        return p.getCode() + " " + p.getName();
    }

    private String ownProjects(Map<String, Object> params) {
        if (!caller.restrictedToOwnDepartment()) {
            return "";
        }
        Long own = caller.departmentId();
        params.put("ownDepartment", own == null ? Long.valueOf(-1L) : own);
        return " and p.projectDepartment.id = :ownDepartment";
    }

    private <T> List<T> query(String jpql, Class<T> type, Map<String, Object> params) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
