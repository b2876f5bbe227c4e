package org.aftersales.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.policy.HolidayCalendar;
import org.aftersales.policy.HolidayCalendarService;

/**
 * The events of a project retention that time alone brings (issue 17: "events that time alone triggers … are written
 * once, cluster-wide, by the scheduled job that notices them, in its transaction"): the day it falls due (R-C5, the
 * stored due date) and the day the owner is deemed to have accepted the return application by silence (R-C8:
 * 逾期未答复的，视为认可). Only retentions still owed. Each is claimed on its row ({@code due_event_at},
 * {@code deemed_event_at}) before its event is written, so of two instances noticing the same day one writes it.
 */
@ApplicationScoped
public class RetentionDayEvents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HolidayCalendarService holidays;

    @Inject
    ChangeLog changeLog;

    /** Writes the due and deemed-accepted events that fell on or before today; returns how many. */
    @Transactional
    public int notice() {
        LocalDate today = LocalDate.now(clock);
        List<Long> fallenDue = ids(
                "SELECT id FROM project_retention WHERE due_event_at IS NULL AND due_date <= ?1"
                        + " AND collected_amount < amount ORDER BY id",
                today);
        List<String> due = new ArrayList<>();
        for (Long id : fallenDue) {
            if (claim("due_event_at", id)) {
                due.add("project-retentions/" + id);
            }
        }
        List<String> deemed = new ArrayList<>();
        List<Long> reminded = ids(
                "SELECT id FROM project_retention WHERE deemed_event_at IS NULL"
                        + " AND reminder_received_date IS NOT NULL AND reminder_received_date <= ?1"
                        + " AND collected_amount < amount ORDER BY id",
                today);
        for (Long id : reminded) {
            ReturnApplication application = em.find(ProjectRetention.class, id).getReturnApplication();
            HolidayCalendar calendar =
                    holidays.calendarBetween(application.getReminderReceivedDate(), today.plusMonths(2));
            LocalDate deemedOn = application.deemedAcceptedDate(calendar);
            if (deemedOn != null && !deemedOn.isAfter(today) && claim("deemed_event_at", id)) {
                deemed.add("project-retentions/" + id);
            }
        }
        // ChangeLog: the events last, after every row this run claimed.
        due.forEach(resource -> changeLog.record(ChangeKind.RETENTION_DUE, resource, null));
        deemed.forEach(resource -> changeLog.record(ChangeKind.RETENTION_DEEMED_ACCEPTED, resource, null));
        return due.size() + deemed.size();
    }

    private List<Long> ids(String sql, LocalDate today) {
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(1, java.sql.Date.valueOf(today))
                .getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    /** Marks the day noticed on the row if no one did yet: whether this run got it. */
    private boolean claim(String column, long id) {
        return em.createNativeQuery("UPDATE project_retention SET " + column + " = ?1 WHERE id = ?2 AND " + column
                                + " IS NULL")
                        .setParameter(1, Timestamp.from(clock.instant()))
                        .setParameter(2, id)
                        .executeUpdate()
                == 1;
    }
}
