package org.aftersales.followup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.plans.PlanDatabase;
import org.aftersales.shared.NativeSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scale issue 14 on the follow-up planner (R-F2): PostgreSQL's plan for exactly the SQL the planner runs on a day from
 * today on ({@link FollowUpDueQuery}) reads the projects from {@code ix_project_follow_up_due} in the list's order (the
 * stored due date, then the project code) and stops after the page, in a database of this test's own
 * ({@link PlanDatabase}: sequential scans, sorts and bitmap scans off). The declines in force and the last reached
 * contact (the engineer filter) are looked up per project by index, never sorted or scanned whole.
 */
class FollowUpPlanIT {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);
    private static final Instant END_OF_DAY = Instant.parse("2026-12-07T16:00:00Z");

    private static PlanDatabase database;

    @BeforeAll
    static void migrate() throws SQLException {
        database = PlanDatabase.migrated("aftersales_follow_up_plan");
    }

    @AfterAll
    static void drop() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    static Stream<Arguments> lists() {
        List<Arguments> lists = new ArrayList<>();
        for (Set<FollowUpState> states : List.<Set<FollowUpState>>of(
                FollowUpFilter.ACTIONABLE,
                EnumSet.allOf(FollowUpState.class),
                EnumSet.of(FollowUpState.UPCOMING),
                EnumSet.of(FollowUpState.DECLINED))) {
            for (Long ownDepartment : new Long[] {null, 3L}) {
                lists.add(Arguments.of(new FollowUpFilter(null, null, null, states, 7), ownDepartment));
            }
        }
        lists.add(Arguments.of(new FollowUpFilter(null, 4L, "engineer", FollowUpFilter.ACTIONABLE, 7), null));
        return lists.stream();
    }

    @ParameterizedTest(name = "{0}, own department {1}")
    @MethodSource("lists")
    @DisplayName("R-F2 issue 14: the planner's first page, a deep offset and a cursor page, in each state filter, with"
            + " and without a department's scope and by engineer, are read from the due-date index in order; the capped"
            + " count scans no table whole")
    void indexOrdered(FollowUpFilter filter, Long ownDepartment) throws SQLException {
        FollowUpDueQuery query = new FollowUpDueQuery(AS_OF, END_OF_DAY, filter, ownDepartment);
        for (NativeSql sql : List.of(
                query.pageSql(0, 50),
                query.pageSql(5_000, 50),
                query.pageAfterSql(
                        new FollowUpDueQuery.Cursor(query.fingerprint(), "2026-11-30", "WTP-2024-007"), 50))) {
            JsonObject plan = database.explain(sql.text(), sql.parameters());
            assertThat(PlanDatabase.scans(plan, "project"))
                    .as(sql.text() + ": the projects from the due-date index, not sorted before the Limit; " + plan)
                    .singleElement()
                    .matches(scan -> scan.matches("Index (Only )?Scan using ix_project_follow_up_due"));
            assertThat(PlanDatabase.scans(plan, "follow_up_decline"))
                    .as(sql.text() + ": the declines of each project by its index; " + plan)
                    .allMatch(scan -> scan.startsWith("Index") && !scan.endsWith("sorted"));
            assertThat(PlanDatabase.scans(plan, "owner_follow_up"))
                    .as(sql.text() + ": the last reached contact by its id; " + plan)
                    .allMatch(scan -> scan.startsWith("Index") && !scan.endsWith("sorted"));
        }
        NativeSql count = query.countSql(10_050);
        JsonObject plan = database.explain(count.text(), count.parameters());
        for (String table : List.of("project", "follow_up_decline", "owner_follow_up")) {
            assertThat(PlanDatabase.scans(plan, table))
                    .as("capped count: " + plan)
                    .allMatch(scan -> scan.startsWith("Index"));
        }
    }
}
