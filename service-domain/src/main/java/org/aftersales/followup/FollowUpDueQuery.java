package org.aftersales.followup;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NativeSql;

/**
 * The SQL of the follow-up planner on a day from today on (scale issue 14, R-F2), kept apart from the service so that
 * a test can ask PostgreSQL for the plan of exactly what the planner runs (as {@code RegisterListQuery} for the
 * retention registers).
 *
 * <p>The default order is the stored due date ({@link FollowUpPlan}), then the project code: the index
 * {@code ix_project_follow_up_due (follow_up_due_date, code)} delivers it, and the states asked for are a range of it
 * (overdue: before the day; due soon: up to the window's end; upcoming: after it) plus whether a decline is in force on
 * the day. The other sorts (project code, owner, last reached, state) order the matching projects in the database and
 * page by offset. A page is its project ids with the due date and code ({@code id, due, code}); the service reads the
 * rest of the page's projects by id.
 */
final class FollowUpDueQuery {

    /** The non-default sorts: the ORDER BY term of each; ties broken by project code as the planner always did. */
    private static final Map<String, String> SORTS = Map.of(
            "projectCode", "p.code",
            "ownerName", "o.name",
            "lastReachedAt", "lr.contacted_at",
            "state", "state_order");

    private final Date asOf;
    private final Date windowEnd;
    private final Timestamp endOfDay;
    private final String where;
    private final List<Object> whereParameters;
    private final String fingerprint;
    private final boolean byEngineer;

    /**
     * @param endOfAsOf the first instant after {@code asOf} in the configured zone (a decline is in force on the day
     *     when made before it and not withdrawn before it)
     * @param ownDepartment the caller's department when they see only its projects (-1 for none), else null
     */
    FollowUpDueQuery(LocalDate asOf, Instant endOfAsOf, FollowUpFilter filter, Long ownDepartment) {
        this.asOf = Date.valueOf(asOf);
        this.windowEnd = Date.valueOf(asOf.plusDays(filter.withinDays()));
        this.endOfDay = Timestamp.from(endOfAsOf);
        this.byEngineer = filter.engineer() != null;
        StringBuilder sql =
                new StringBuilder(" WHERE p.follow_up_due_date IS NOT NULL AND p.provisional_handover_date <= ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(this.asOf);
        if (filter.projectId() != null) {
            sql.append(" AND p.id = ?");
            parameters.add(filter.projectId());
        }
        if (ownDepartment != null) {
            sql.append(" AND p.project_department_id = ?");
            parameters.add(ownDepartment);
        }
        if (filter.projectDepartmentId() != null) {
            sql.append(" AND p.project_department_id = ?");
            parameters.add(filter.projectDepartmentId());
        }
        if (filter.engineer() != null) {
            sql.append(" AND lr.contacted_by = ?");
            parameters.add(filter.engineer());
        }
        appendStates(sql, parameters, filter);
        this.where = sql.toString();
        this.whereParameters = List.copyOf(parameters);
        this.fingerprint = Integer.toHexString((filter.projectId() + "|" + filter.projectDepartmentId() + '|'
                        + ownDepartment + '|' + filter.engineer() + '|' + filter.states() + '|' + filter.withinDays())
                .hashCode());
    }

    /**
     * The states as ranges of the due date: overdue before the day, due soon from it to the window's end, upcoming
     * after; neighbouring states make one range. Declined: a decline in force on the day, whatever the date.
     */
    private void appendStates(StringBuilder sql, List<Object> parameters, FollowUpFilter filter) {
        List<String> ranges = new ArrayList<>();
        List<Object> rangeParameters = new ArrayList<>();
        boolean overdue = filter.states().contains(FollowUpState.OVERDUE);
        boolean soon = filter.states().contains(FollowUpState.DUE_SOON);
        boolean upcoming = filter.states().contains(FollowUpState.UPCOMING);
        boolean declined = filter.states().contains(FollowUpState.DECLINED);
        if (overdue && soon && upcoming) {
            ranges.add("1 = 1");
        } else if (overdue && soon) {
            ranges.add("p.follow_up_due_date <= ?");
            rangeParameters.add(windowEnd);
        } else if (soon && upcoming) {
            ranges.add("p.follow_up_due_date >= ?");
            rangeParameters.add(asOf);
        } else {
            if (overdue) {
                ranges.add("p.follow_up_due_date < ?");
                rangeParameters.add(asOf);
            }
            if (soon) {
                ranges.add("p.follow_up_due_date >= ? AND p.follow_up_due_date <= ?");
                rangeParameters.add(asOf);
                rangeParameters.add(windowEnd);
            }
            if (upcoming) {
                ranges.add("p.follow_up_due_date > ?");
                rangeParameters.add(windowEnd);
            }
        }
        if (ranges.isEmpty()) {
            sql.append(" AND ").append(declinedSql());
            parameters.add(endOfDay);
            parameters.add(endOfDay);
            return;
        }
        sql.append(declined ? " AND ((NOT " : " AND NOT ").append(declinedSql());
        parameters.add(endOfDay);
        parameters.add(endOfDay);
        sql.append(" AND (").append(String.join(" OR ", ranges)).append(')');
        parameters.addAll(rangeParameters);
        if (declined) {
            sql.append(") OR ").append(declinedSql()).append(')');
            parameters.add(endOfDay);
            parameters.add(endOfDay);
        }
    }

    /** Two marks: the end of the day, twice. */
    private static String declinedSql() {
        return "EXISTS (SELECT 1 FROM follow_up_decline d WHERE d.project_id = p.id AND d.declined_at < ?"
                + " AND (d.withdrawn_at IS NULL OR d.withdrawn_at >= ?))";
    }

    /** What a cursor of this list carries to be recognised: the filter and the caller's scope. */
    String fingerprint() {
        return fingerprint;
    }

    /**
     * Whether the planner's sort {@code field} is the index order: none or an unknown one (whatever the direction, as
     * the planner always read them), the due date or the days left ascending. Only this order pages with a cursor.
     */
    static boolean indexOrder(String field, boolean ascending) {
        boolean byDue = "dueDate".equals(field) || "daysLeft".equals(field);
        return field == null || byDue && ascending || !byDue && !SORTS.containsKey(field);
    }

    /** The rows that match, counted up to {@code cap} (past it the planner says "at least"). */
    NativeSql countSql(int cap) {
        List<Object> parameters = new ArrayList<>(whereParameters);
        parameters.add(cap);
        return new NativeSql("SELECT COUNT(*) FROM (SELECT 1 AS one" + from() + where + " LIMIT ?) capped", parameters);
    }

    /** The ids of one page by offset in the default order (due date, code), with their due date and code. */
    NativeSql pageSql(long offset, int size) {
        List<Object> parameters = new ArrayList<>(whereParameters);
        parameters.add(size);
        parameters.add(offset);
        return new NativeSql(select() + where + " ORDER BY p.follow_up_due_date, p.code LIMIT ? OFFSET ?", parameters);
    }

    /** The ids of the page after {@code cursor}, in the default order. */
    NativeSql pageAfterSql(Cursor cursor, int size) {
        if (!cursor.fingerprint().equals(fingerprint)) {
            throw new BusinessException("after", "list.error.cursorMismatch");
        }
        List<Object> parameters = new ArrayList<>(whereParameters);
        parameters.add(dueDate(cursor.dueDate()));
        parameters.add(cursor.code());
        parameters.add(size);
        return new NativeSql(
                select() + where + " AND (p.follow_up_due_date, p.code) > (?, ?)"
                        + " ORDER BY p.follow_up_due_date, p.code LIMIT ?",
                parameters);
    }

    /**
     * One page by offset in another order ({@code field} one of the planner's other sorts, or the due date or days left
     * descending): the database orders the matching projects, ties by project code.
     */
    NativeSql sortedPageSql(String field, boolean ascending, long offset, int size) {
        List<Object> parameters = new ArrayList<>();
        String column = field == null ? null : SORTS.get(field);
        String from = from("o.name".equals(column), "lr.contacted_at".equals(column));
        String select = "SELECT p.id AS id, p.follow_up_due_date AS due, p.code AS code" + from;
        if ("state_order".equals(column)) {
            select = "SELECT p.id AS id, p.follow_up_due_date AS due, p.code AS code, CASE WHEN " + declinedSql()
                    + " THEN 3 WHEN p.follow_up_due_date < ? THEN 0 WHEN p.follow_up_due_date <= ? THEN 1 ELSE 2 END"
                    + " AS state_order" + from;
            parameters.add(endOfDay);
            parameters.add(endOfDay);
            parameters.add(asOf);
            parameters.add(windowEnd);
        }
        parameters.addAll(whereParameters);
        String direction = ascending ? " ASC" : " DESC";
        String order;
        if (column == null) {
            order = "p.follow_up_due_date" + direction;
        } else if ("lr.contacted_at".equals(column)) {
            // As the planner always ordered: no reached contact before the earliest, after the latest descending.
            order = column + (ascending ? " ASC NULLS FIRST" : " DESC NULLS LAST");
        } else {
            order = column + direction;
        }
        parameters.add(size);
        parameters.add(offset);
        return new NativeSql(select + where + " ORDER BY " + order + ", p.code LIMIT ? OFFSET ?", parameters);
    }

    /** The cursor that continues after {@code row} (a row of {@link #pageSql} / {@link #pageAfterSql}). */
    String cursorAfter(Object[] row) {
        Object due = row[1];
        String text = due instanceof Date date ? date.toLocalDate().toString() : String.valueOf(due);
        return Cursor.encode(fingerprint, text, (String) row[2]);
    }

    /** The projects; their owners and last reached contacts only where a filter or sort needs them. */
    private String from(boolean owner, boolean reached) {
        return " FROM project p" + (owner ? " JOIN owner o ON o.id = p.owner_id" : "")
                + (reached || byEngineer ? " LEFT JOIN owner_follow_up lr ON lr.id = p.follow_up_reached_id" : "");
    }

    private String from() {
        return from(false, false);
    }

    private String select() {
        return "SELECT p.id AS id, p.follow_up_due_date AS due, p.code AS code" + from();
    }

    private static Date dueDate(String value) {
        try {
            return Date.valueOf(LocalDate.parse(value));
        } catch (DateTimeParseException malformed) {
            throw new BusinessException("after", "list.error.cursorMalformed");
        }
    }

    /**
     * Where a seek page continues: the last row's due date and project code, and a fingerprint of the filter it was
     * made for (a cursor of another list is refused, not misread). Opaque to clients: base64url.
     */
    record Cursor(String fingerprint, String dueDate, String code) {

        static String encode(String fingerprint, String dueDate, String code) {
            String plain = "f1|" + fingerprint + '|' + dueDate + '|' + code;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor in {@code token}, or a refusal naming {@code after}. */
        static Cursor decode(String token) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                String[] parts = plain.split("\\|", 4);
                if (parts.length != 4 || !parts[0].equals("f1")) {
                    throw new IllegalArgumentException(token);
                }
                return new Cursor(parts[1], parts[2], parts[3]);
            } catch (IllegalArgumentException malformed) {
                throw new BusinessException("after", "list.error.cursorMalformed");
            }
        }
    }
}
