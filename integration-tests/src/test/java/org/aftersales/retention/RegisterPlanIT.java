package org.aftersales.retention;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aftersales.plans.PlanDatabase;
import org.aftersales.retention.RegisterListQuery.Register;
import org.aftersales.shared.NativeSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scale issue 14 on the retention registers (R-C4, R-C5) and a project's follow-up history (R-F2): PostgreSQL's plan
 * for exactly the SQL the lists run ({@link RegisterListQuery}) reads the register tables from an index in the list's
 * order and stops after the page, in a database of this test's own ({@link PlanDatabase}: sequential scans, sorts and
 * bitmap scans off).
 *
 * <p>The subcontractor register's order is the project code, then the id: the projects come from
 * {@code uk_project_code} in code order, each project's retentions from {@code ix_subcontractor_retention_list} by id.
 * PostgreSQL does not carry the inner index's order through the join, so it puts each project's few retentions in
 * order with an Incremental Sort keyed on the already ordered code — never a Sort of the table, which is what fails.
 */
class RegisterPlanIT {

    private static PlanDatabase database;

    @BeforeAll
    static void migrate() throws SQLException {
        database = PlanDatabase.migrated("aftersales_register_plan");
    }

    @AfterAll
    static void drop() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    static Stream<Arguments> lists() {
        List<Arguments> lists = new ArrayList<>();
        for (Register register : Register.values()) {
            for (Long projectId : new Long[] {null, 7L}) {
                for (Long ownDepartment : new Long[] {null, 3L}) {
                    lists.add(Arguments.of(register, projectId, ownDepartment));
                }
            }
        }
        return lists.stream();
    }

    @ParameterizedTest(name = "{0} register, project {1}, own department {2}")
    @MethodSource("lists")
    @DisplayName("R-C4 R-C5 issue 14: the first page, a deep offset and a cursor page of each retention register, with"
            + " and without a project filter and a department's scope, are read in index order; the capped count"
            + " scans no table whole")
    void indexOrdered(Register register, Long projectId, Long ownDepartment) throws SQLException {
        RegisterListQuery query = new RegisterListQuery(register, projectId, ownDepartment);
        String value = register == Register.PROJECT ? "2027-03-01" : "WTP-2024-007";
        String table = register == Register.PROJECT ? "project_retention" : "subcontractor_retention";

        for (NativeSql sql : List.of(
                query.pageSql(0, 50),
                query.pageSql(5_000, 50),
                query.pageAfterSql(new RegisterListQuery.Cursor(query.fingerprint(), 42, value), 50))) {
            JsonObject plan = database.explain(sql.text(), sql.parameters());
            List<String> scans = PlanDatabase.scans(plan, table);
            assertThat(scans)
                    .as(sql.text() + ": the scans of " + table + " in " + plan)
                    .isNotEmpty();
            assertThat(scans)
                    .as(sql.text() + ": each scan of " + table + " is an index scan, not sorted before its Limit (the"
                            + " subcontractor register: at most within a project code); " + plan)
                    .allMatch(scan -> inIndexOrder(scan, register == Register.SUBCONTRACTOR));
            if (register == Register.PROJECT) {
                assertThat(scans)
                        .as(plan.toString())
                        .allMatch(scan -> scan.contains("ix_project_retention_list")
                                || projectId != null && scan.contains("uk_project_retention_project"));
            } else {
                assertThat(PlanDatabase.scans(plan, "project"))
                        .as(sql.text() + ": the projects by code or by id, not sorted; " + plan)
                        .allMatch(scan -> inIndexOrder(scan, true));
                if (projectId == null) {
                    assertThat(PlanDatabase.scans(plan, "project"))
                            .as(plan.toString())
                            .anyMatch(scan -> scan.contains("uk_project_code"));
                }
            }
        }
        NativeSql count = query.countSql(10_050);
        JsonObject plan = database.explain(count.text(), count.parameters());
        assertThat(PlanDatabase.scans(plan, table))
                .as("capped count: " + plan)
                .allMatch(scan -> scan.startsWith("Index"));
    }

    @Test
    @DisplayName("R-F2 issue 14: a project's follow-up history, latest first, comes from its index by project and time,"
            + " nothing sorted")
    void followUpHistoryIndexOrdered() throws SQLException {
        // The SQL EclipseLink sends for FollowUpService.history (the selected columns aside).
        JsonObject plan = database.explain(
                "SELECT f.id FROM owner_follow_up f WHERE f.project_id = ? ORDER BY f.contacted_at DESC, f.id DESC"
                        + " LIMIT ? OFFSET ?",
                List.of(7L, 50, 0));
        assertThat(PlanDatabase.scans(plan, "owner_follow_up"))
                .as(plan.toString())
                .singleElement()
                .matches(scan -> scan.matches("Index (Only )?Scan using ix_owner_follow_up_history"));
    }

    /**
     * An index scan with no Sort above it before the Limit; where {@code withinKey}, an Incremental Sort is allowed:
     * it only orders the rows of one value of a key the index already delivers in order.
     */
    private static boolean inIndexOrder(String scan, boolean withinKey) {
        return scan.startsWith("Index")
                && (!scan.endsWith("sorted") || withinKey && scan.endsWith(" incrementally sorted"));
    }
}
