package org.aftersales.retention;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NativeSql;

/**
 * The SQL of the two retention register lists in their default order (scale issue: 1 M ledger movements), kept apart
 * from the service so that a test can ask PostgreSQL for the plan of exactly what the lists run (as
 * {@code CaseListQuery} for the case list).
 *
 * <ul>
 *   <li>The subcontractor register (R-C4) by project code, then id: the projects walked by {@code uk_project_code},
 *       each project's retentions by {@code ix_subcontractor_retention_list (project_id, id)}; with a project filter
 *       the code is one value and the order is the id alone.
 *   <li>The project register (R-C5) by due date, then id: {@code ix_project_retention_list (due_date, id)}.
 * </ul>
 *
 * <p>A page is its ids and sort values ({@code id, sort_value}); the service reads the entities of the page by id.
 */
final class RegisterListQuery {

    /** Which register. */
    enum Register {
        SUBCONTRACTOR,
        PROJECT
    }

    private final Register register;
    private final Long projectId;
    private final String where;
    private final List<Object> whereParameters;
    private final String fingerprint;

    /**
     * @param ownDepartment the caller's department when they see only its projects (-1 for none), else null
     */
    RegisterListQuery(Register register, Long projectId, Long ownDepartment) {
        this.register = register;
        this.projectId = projectId;
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (projectId != null) {
            sql.append(" AND r.project_id = ?");
            parameters.add(projectId);
        }
        if (ownDepartment != null) {
            sql.append(
                    register == Register.SUBCONTRACTOR
                            ? " AND p.project_department_id = ?"
                            : " AND r.project_id IN (SELECT p.id FROM project p WHERE p.project_department_id = ?)");
            parameters.add(ownDepartment);
        }
        this.where = sql.toString();
        this.whereParameters = List.copyOf(parameters);
        this.fingerprint = Integer.toHexString((register + "|" + projectId + '|' + ownDepartment).hashCode());
    }

    /** What a cursor of this list carries to be recognised: the register, the project filter, the caller's scope. */
    String fingerprint() {
        return fingerprint;
    }

    /** The rows that match, counted up to {@code cap} (past it the list says "more than"). */
    NativeSql countSql(int cap) {
        List<Object> parameters = new ArrayList<>(whereParameters);
        parameters.add(cap);
        return new NativeSql("SELECT COUNT(*) FROM (SELECT 1 AS one" + from() + where + " LIMIT ?) capped", parameters);
    }

    /** The ids of one page by offset, with their sort values. */
    NativeSql pageSql(long offset, int size) {
        List<Object> parameters = new ArrayList<>(whereParameters);
        parameters.add(size);
        parameters.add(offset);
        return new NativeSql(select() + where + orderBy() + " LIMIT ? OFFSET ?", parameters);
    }

    /** The ids of the page after {@code cursor}, in the same order. */
    NativeSql pageAfterSql(Cursor cursor, int size) {
        if (!cursor.fingerprint().equals(fingerprint)) {
            throw new BusinessException("after", "list.error.cursorMismatch");
        }
        List<Object> parameters = new ArrayList<>(whereParameters);
        StringBuilder sql = new StringBuilder(select()).append(where);
        if (register == Register.PROJECT) {
            sql.append(" AND (r.due_date, r.id) > (?, ?)");
            parameters.add(dueDate(cursor.value()));
            parameters.add(cursor.id());
        } else if (projectId != null) {
            sql.append(" AND r.id > ?");
            parameters.add(cursor.id());
        } else {
            // The first condition bounds the walk of the project codes; the second breaks ties within a project by id.
            sql.append(" AND p.code >= ? AND (p.code > ? OR r.id > ?)");
            parameters.add(cursor.value());
            parameters.add(cursor.value());
            parameters.add(cursor.id());
        }
        sql.append(orderBy()).append(" LIMIT ?");
        parameters.add(size);
        return new NativeSql(sql.toString(), parameters);
    }

    /** The cursor that continues after {@code row} (a row of {@link #pageSql} / {@link #pageAfterSql}). */
    String cursorAfter(Object[] row) {
        Object value = row[1];
        String text = value instanceof Date date ? date.toLocalDate().toString() : String.valueOf(value);
        return Cursor.encode(fingerprint, ((Number) row[0]).longValue(), text);
    }

    private String from() {
        return register == Register.PROJECT
                ? " FROM project_retention r WHERE 1 = 1"
                : " FROM subcontractor_retention r JOIN project p ON p.id = r.project_id WHERE 1 = 1";
    }

    private String select() {
        return (register == Register.PROJECT
                        ? "SELECT r.id AS id, r.due_date AS sort_value"
                        : "SELECT r.id AS id, p.code AS sort_value")
                + from();
    }

    private String orderBy() {
        if (register == Register.PROJECT) {
            return " ORDER BY r.due_date, r.id";
        }
        return projectId != null ? " ORDER BY r.id" : " ORDER BY p.code, r.id";
    }

    private static Date dueDate(String value) {
        try {
            return Date.valueOf(LocalDate.parse(value));
        } catch (DateTimeParseException malformed) {
            throw new BusinessException("after", "list.error.cursorMalformed");
        }
    }

    /**
     * Where a seek page continues: the last row's id and sort value, and a fingerprint of the register and filter it was
     * made for (a cursor of another list is refused, not misread). Opaque to clients: base64url.
     */
    record Cursor(String fingerprint, long id, String value) {

        static String encode(String fingerprint, long id, String value) {
            String plain = "r1|" + fingerprint + '|' + id + '|' + value;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor in {@code token}, or a refusal naming {@code after}. */
        static Cursor decode(String token) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                String[] parts = plain.split("\\|", 4);
                if (parts.length != 4 || !parts[0].equals("r1")) {
                    throw new IllegalArgumentException(token);
                }
                return new Cursor(parts[1], Long.parseLong(parts[2]), parts[3]);
            } catch (IllegalArgumentException malformed) {
                throw new BusinessException("after", "list.error.cursorMalformed");
            }
        }
    }
}
