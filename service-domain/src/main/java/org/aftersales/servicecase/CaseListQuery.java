package org.aftersales.servicecase;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NativeSql;

/**
 * The SQL of the case list (scale issue: lists at 1 M cases), kept apart from the service so that a test can ask
 * PostgreSQL for the plan of exactly what the list runs.
 *
 * <p>R-S11 puts the open priority special cases ({@code priority_case}) ahead of every other case, whatever the sort.
 * One ORDER BY over both would need an index per direction of every sort key; instead the list reads two branches,
 * each walking an index in the asked order and stopping after a page: the priority cases (a handful, small partial
 * indexes) and all other cases (partial indexes by filter column and sort key, db/vendor/postgresql). Only the page
 * itself — at most twice the page size — is then put in order. Which branch a page starts in follows from the number
 * of priority cases that match ({@link #countSql}) for an offset, or from the cursor ({@link Cursor}) for a seek page.
 *
 * <p>A sort key is a column and the id as tie-breaker (the case number alone, being unique); the id follows the
 * key's direction so that one index serves both directions.
 */
final class CaseListQuery {

    /** The sortable columns of the list, by the field names of the portal's table and the API's {@code sort}. */
    enum Key {
        RECEIVED_AT("received_at"),
        NUMBER("case_number"),
        PROJECT("project_code"),
        CHANNEL("channel"),
        TYPE("case_type"),
        SERVICE_CLASS("service_class"),
        STATUS("status"),
        REPORTER("reporter_name");

        final String column;

        Key(String column) {
            this.column = column;
        }

        boolean unique() {
            return this == NUMBER;
        }

        static Key of(String field) {
            Key key = field == null ? null : FIELDS.get(field);
            return key == null ? RECEIVED_AT : key;
        }
    }

    private static final Map<String, Key> FIELDS = Map.of(
            "receivedAt", Key.RECEIVED_AT,
            "number", Key.NUMBER,
            "projectCode", Key.PROJECT,
            "channel", Key.CHANNEL,
            "type", Key.TYPE,
            "serviceClass", Key.SERVICE_CLASS,
            "status", Key.STATUS,
            "reporterName", Key.REPORTER);

    /** A clock state as SQL on a clock {@code k} at the instant bound to {@code ?now} (see {@link SlaClock}). */
    private static final Map<ClockState, String> CLOCK_STATES = Map.of(
            ClockState.MET,
            "k.met_at IS NOT NULL AND k.met_at <= k.due_at",
            ClockState.BREACHED,
            "(k.met_at IS NOT NULL AND k.met_at > k.due_at)"
                    + " OR (k.met_at IS NULL AND k.paused_since IS NULL AND k.stopped_at IS NULL AND k.due_at < ?now)"
                    + " OR (k.met_at IS NULL AND k.paused_since IS NULL AND k.stopped_at IS NOT NULL"
                    + " AND k.due_at < k.stopped_at)",
            ClockState.PAUSED,
            "k.met_at IS NULL AND k.paused_since IS NOT NULL",
            ClockState.RUNNING,
            "k.met_at IS NULL AND k.paused_since IS NULL"
                    + " AND ((k.stopped_at IS NULL AND k.due_at >= ?now)"
                    + " OR (k.stopped_at IS NOT NULL AND k.due_at >= k.stopped_at))");

    private final Key key;
    private final boolean ascending;
    private final String where;
    private final List<Object> whereParameters;
    private final String fingerprint;
    private final Long projectId;
    private final Long ownDepartment;

    /**
     * @param ownDepartment the caller's department when they see only its projects' cases (-1 for none), else null
     */
    CaseListQuery(CaseFilter filter, Long ownDepartment, Instant now, String sortField, boolean ascending) {
        this.key = Key.of(sortField);
        this.projectId = filter.projectId();
        this.ownDepartment = ownDepartment;
        this.ascending = ascending;
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (filter.projectId() != null) {
            sql.append(" AND sc.project_id = ?");
            parameters.add(filter.projectId());
        } else if (ownDepartment != null) {
            sql.append(" AND sc.project_id IN (SELECT p.id FROM project p WHERE p.project_department_id = ?)");
            parameters.add(ownDepartment);
        }
        if (filter.type() != null) {
            sql.append(" AND sc.case_type = ?");
            parameters.add(filter.type().name());
        }
        if (filter.serviceClass() != null) {
            sql.append(" AND sc.service_class = ?");
            parameters.add(filter.serviceClass().name());
        }
        if (filter.status() != null) {
            sql.append(" AND sc.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.crisis() != null) {
            sql.append(" AND sc.crisis = ?");
            parameters.add(filter.crisis());
        }
        if (filter.engineer() != null && !filter.engineer().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM dispatch d JOIN dispatch_engineer de ON de.dispatch_id = d.id")
                    .append(" JOIN app_user u ON u.id = de.engineer_id WHERE d.service_case_id = sc.id")
                    .append(" AND d.status = ? AND u.username = ?)");
            parameters.add(DispatchStatus.APPROVED.name());
            parameters.add(filter.engineer().strip());
        }
        if (filter.clockState() != null) {
            String condition = CLOCK_STATES.get(filter.clockState());
            sql.append(" AND EXISTS (SELECT 1 FROM service_case_clock k WHERE k.service_case_id = sc.id AND (")
                    .append(condition.replace("?now", "?"));
            for (int mark = condition.indexOf("?now"); mark >= 0; mark = condition.indexOf("?now", mark + 1)) {
                parameters.add(Timestamp.from(now));
            }
            sql.append("))");
        }
        this.where = sql.toString();
        this.whereParameters = List.copyOf(parameters);
        this.fingerprint =
                Integer.toHexString((filter.toString() + '|' + ownDepartment + '|' + key + '|' + ascending).hashCode());
    }

    Key key() {
        return key;
    }

    /** What a cursor of this list carries to be recognised: the filters, the caller's scope and the sort. */
    String fingerprint() {
        return fingerprint;
    }

    /**
     * The priority cases that match, and the other cases that match counted up to {@code cap} (a count of a million
     * rows costs as much as reading them; past the cap the list says "more than"); with a project filter, a third
     * column says whether the caller may see that project (1) or not (0).
     */
    NativeSql countSql(int cap) {
        List<Object> parameters = new ArrayList<>(whereParameters);
        parameters.addAll(whereParameters);
        parameters.add(cap);
        StringBuilder sql = new StringBuilder("SELECT (SELECT COUNT(*) FROM service_case sc WHERE sc.priority_case")
                .append(where)
                .append("), (SELECT COUNT(*) FROM (SELECT 1 AS one FROM service_case sc WHERE NOT sc.priority_case")
                .append(where)
                .append(" LIMIT ?) capped)");
        if (projectId != null) {
            sql.append(", (SELECT COUNT(*) FROM project p WHERE p.id = ?");
            parameters.add(projectId);
            if (ownDepartment != null) {
                sql.append(" AND p.project_department_id = ?");
                parameters.add(ownDepartment);
            }
            sql.append(')');
        }
        return new NativeSql(sql.toString(), parameters);
    }

    /**
     * The ids of one page by offset, given how many priority cases match: the priority branch while the offset is
     * among them, then the other cases. Rows: {@code id, key value, branch (0 = priority)}.
     */
    NativeSql pageSql(long priorityCount, long offset, int size) {
        List<NativeSql> branches = new ArrayList<>();
        if (offset < priorityCount) {
            branches.add(branch(true, null, offset, size));
            long fromPriority = Math.min(size, priorityCount - offset);
            if (fromPriority < size) {
                branches.add(branch(false, null, 0, (int) (size - fromPriority)));
            }
        } else {
            branches.add(branch(false, null, offset - priorityCount, size));
        }
        return ordered(branches, size);
    }

    /** The ids of the page after {@code cursor}, in the same order; rows as {@link #pageSql}. */
    NativeSql pageAfterSql(Cursor cursor, int size) {
        if (!cursor.fingerprint().equals(fingerprint)) {
            throw new BusinessException("after", "list.error.cursorMismatch");
        }
        List<NativeSql> branches = new ArrayList<>();
        if (cursor.priority()) {
            branches.add(branch(true, cursor, 0, size));
            branches.add(branch(false, null, 0, size));
        } else {
            branches.add(branch(false, cursor, 0, size));
        }
        return ordered(branches, size);
    }

    /** The cursor that continues after {@code row} (a row of {@link #pageSql} / {@link #pageAfterSql}). */
    String cursorAfter(Object[] row) {
        boolean priority = ((Number) row[2]).intValue() == 0;
        Object value = row[1];
        String text = value instanceof Timestamp t ? t.toLocalDateTime().toString() : String.valueOf(value);
        return Cursor.encode(fingerprint, priority, ((Number) row[0]).longValue(), text);
    }

    private NativeSql branch(boolean priority, Cursor after, long offset, int limit) {
        String direction = ascending ? " ASC" : " DESC";
        String column = "sc." + key.column;
        List<Object> parameters = new ArrayList<>(whereParameters);
        StringBuilder sql = new StringBuilder("SELECT sc.id AS id, ")
                .append(column)
                .append(" AS sort_value, ")
                .append(priority ? 0 : 1)
                .append(" AS branch FROM service_case sc WHERE ")
                .append(priority ? "sc.priority_case" : "NOT sc.priority_case")
                .append(where);
        if (after != null) {
            String comparison = ascending ? " > " : " < ";
            Object value = key == Key.RECEIVED_AT ? receivedAt(after.value()) : after.value();
            if (key.unique()) {
                sql.append(" AND ").append(column).append(comparison).append('?');
                parameters.add(value);
            } else {
                sql.append(" AND (")
                        .append(column)
                        .append(", sc.id)")
                        .append(comparison)
                        .append("(?, ?)");
                parameters.add(value);
                parameters.add(after.id());
            }
        }
        sql.append(" ORDER BY ").append(column).append(direction);
        if (!key.unique()) {
            sql.append(", sc.id").append(direction);
        }
        sql.append(" LIMIT ? OFFSET ?");
        parameters.add(limit);
        parameters.add(offset);
        return new NativeSql(sql.toString(), parameters);
    }

    private static Timestamp receivedAt(String value) {
        try {
            return Timestamp.valueOf(LocalDateTime.parse(value));
        } catch (DateTimeParseException malformed) {
            throw new BusinessException("after", "list.error.cursorMalformed");
        }
    }

    /** One branch as it is, or both put in order: the priority branch first, each in the key's order. */
    private NativeSql ordered(List<NativeSql> branches, int size) {
        if (branches.size() == 1) {
            return branches.get(0);
        }
        String direction = ascending ? " ASC" : " DESC";
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT u.id, u.sort_value, u.branch FROM (");
        for (int i = 0; i < branches.size(); i++) {
            sql.append(i == 0 ? "(" : " UNION ALL (")
                    .append(branches.get(i).text())
                    .append(')');
            parameters.addAll(branches.get(i).parameters());
        }
        sql.append(") u ORDER BY u.branch, u.sort_value")
                .append(direction)
                .append(", u.id")
                .append(direction)
                .append(" LIMIT ?");
        parameters.add(size);
        return new NativeSql(sql.toString(), parameters);
    }

    /**
     * Where a seek page continues: the last row's branch, sort value and id, and a fingerprint of the filters and sort
     * it was made for (a cursor of another list is refused, not misread). Opaque to clients: base64url.
     */
    record Cursor(String fingerprint, boolean priority, long id, String value) {

        static String encode(String fingerprint, boolean priority, long id, String value) {
            String plain = "1|" + fingerprint + '|' + (priority ? 'p' : 'o') + '|' + id + '|' + value;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor in {@code token}, or a 400 naming {@code after}. */
        static Cursor decode(String token) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                String[] parts = plain.split("\\|", 5);
                if (parts.length != 5 || !parts[0].equals("1") || !(parts[2].equals("p") || parts[2].equals("o"))) {
                    throw new IllegalArgumentException(token);
                }
                return new Cursor(parts[1], parts[2].equals("p"), Long.parseLong(parts[3]), parts[4]);
            } catch (IllegalArgumentException malformed) {
                throw new BusinessException("after", "list.error.cursorMalformed");
            }
        }
    }
}
