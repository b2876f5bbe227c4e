package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * The scale issue's guard on the case list: PostgreSQL's plan for exactly the SQL the list runs ({@link CaseListQuery})
 * takes the rows of {@code service_case} from an index in the asked order and stops after the page — no Sort node
 * between a scan of the table and the Limit above it, no sequential or bitmap scan of the table. On a small test
 * database the planner would pick a scan anyway, so the plans are asked with {@code enable_seqscan} and
 * {@code enable_sort} off: what remains is whether an index can serve the order at all.
 *
 * <p>The database is this test's own ({@link PlanDatabase}), brought up by the application's migrations as Flyway runs
 * them in production (the vendor folder's {@code CREATE INDEX CONCURRENTLY} included).
 */
class CaseListPlanIT {

    private static PlanDatabase database;

    @BeforeAll
    static void migrate() throws SQLException {
        database = PlanDatabase.migrated("aftersales_plan");
    }

    @AfterAll
    static void drop() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    static Stream<Arguments> lists() {
        List<CaseFilter> filters = List.of(
                CaseFilter.NONE,
                new CaseFilter(null, null, null, CaseStatus.REGISTERED, null, null),
                new CaseFilter(7L, null, null, null, null, null),
                new CaseFilter(null, CaseType.SERVICE_REQUEST, null, null, null, null),
                new CaseFilter(null, null, ServiceClass.WARRANTY, null, null, null));
        List<Arguments> lists = new ArrayList<>();
        for (CaseFilter filter : filters) {
            for (String sort : List.of("receivedAt", "number", "projectCode")) {
                for (boolean ascending : List.of(true, false)) {
                    lists.add(Arguments.of(filter, sort, ascending));
                }
            }
        }
        return lists.stream();
    }

    @ParameterizedTest(name = "{1} {2} under {0}")
    @MethodSource("lists")
    @DisplayName("Scale: every page of the case list — the head with crisis cases, a deep offset, after a cursor — is"
            + " read in index order, for the default order, receivedAt both ways, number and project, alone and"
            + " under the filters status, project, type and class")
    void indexOrdered(CaseFilter filter, String sort, boolean ascending) throws SQLException {
        CaseListQuery query = new CaseListQuery(filter, null, Instant.parse("2026-12-01T00:00:00Z"), sort, ascending);
        String sortValue = sort.equals("receivedAt") ? "2026-11-30T08:00" : "SC-2026-00042";

        assertIndexOrdered(query.pageSql(3, 0, 20), "first page, 3 crisis cases");
        assertIndexOrdered(query.pageSql(3, 500_000, 20), "offset 500 000");
        assertIndexOrdered(
                query.pageAfterSql(new CaseListQuery.Cursor(query.fingerprint(), false, 42, sortValue), 20),
                "after a cursor");
        assertIndexOrdered(
                query.pageAfterSql(new CaseListQuery.Cursor(query.fingerprint(), true, 42, sortValue), 20),
                "after a cursor among the crisis cases");
        assertNoTableScan(query.countSql(10_000), "capped count");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clockQueries")
    @DisplayName("Scale: the breach sweep and \"my work\" read the running clocks from their partial index by due time,"
            + " in order, and stop at their limit; a user's notifications come from their index by recipient and time")
    void clocksIndexOrdered(String what, String sql, String index) throws SQLException {
        boolean notifications = sql.contains("FROM notification");
        JsonObject plan = explain(new NativeSql(
                sql, List.of(notifications ? (Object) "specialist" : java.sql.Timestamp.from(Instant.now()))));
        List<String> scans = PlanDatabase.scans(plan, notifications ? "notification" : "service_case_clock");
        // An index scan or an index-only scan, read backwards for the newest notifications first; nothing sorted.
        assertThat(scans).as(what + ": " + plan).hasSize(1);
        assertThat(scans.get(0)).as(what + ": " + plan).matches("Index (Only )?Scan( Backward)? using " + index);
    }

    /** The SQL EclipseLink sends for BreachSweep's and MyWorkService's clock queries (the selected columns aside). */
    static Stream<Arguments> clockQueries() {
        return Stream.of(
                Arguments.of(
                        "breach sweep",
                        "SELECT k.id FROM service_case_clock k JOIN service_case sc ON sc.id = k.service_case_id"
                                + " WHERE k.breach_notified_at IS NULL AND k.met_at IS NULL AND k.stopped_at IS NULL"
                                + " AND k.paused_since IS NULL AND k.due_at < ? ORDER BY k.due_at, k.id LIMIT 100",
                        "ix_clock_breach_candidates"),
                Arguments.of(
                        "my work, breached clocks",
                        "SELECT sc.id, k.kind, k.due_at FROM service_case_clock k JOIN service_case sc"
                                + " ON sc.id = k.service_case_id JOIN project p ON p.id = sc.project_id"
                                + " WHERE k.met_at IS NULL AND k.stopped_at IS NULL AND k.paused_since IS NULL"
                                + " AND sc.status NOT IN ('CLOSED', 'CANCELLED') AND k.due_at < ?"
                                + " ORDER BY k.due_at, k.id LIMIT 30",
                        "ix_clock_open_due"),
                Arguments.of(
                        "a user's notifications",
                        "SELECT n.id FROM notification n WHERE n.recipient_id = (SELECT u.id FROM app_user u"
                                + " WHERE u.username = ?) ORDER BY n.notified_at DESC, n.id DESC LIMIT 50",
                        "ix_notification_recipient_time"),
                Arguments.of(
                        "a user's unread notifications",
                        "SELECT n.id FROM notification n WHERE n.recipient_id = (SELECT u.id FROM app_user u"
                                + " WHERE u.username = ?) AND n.read_at IS NULL ORDER BY n.notified_at DESC, n.id DESC"
                                + " LIMIT 50",
                        "ix_notification_recipient_unread"));
    }

    private static void assertIndexOrdered(NativeSql sql, String page) throws SQLException {
        JsonObject plan = explain(sql);
        List<String> scans = PlanDatabase.scans(plan, "service_case");
        assertThat(scans).as(page + ": the scans of service_case in " + plan).isNotEmpty();
        assertThat(scans)
                .as(page + ": each scan of service_case is an index scan, not sorted before its Limit; plan " + plan)
                .allMatch(scan -> scan.startsWith("Index") && !scan.endsWith("sorted"));
    }

    private static void assertNoTableScan(NativeSql sql, String what) throws SQLException {
        JsonObject plan = explain(sql);
        List<String> scans = PlanDatabase.scans(plan, "service_case");
        assertThat(scans).as(what + ": plan " + plan).allMatch(scan -> scan.startsWith("Index"));
    }

    private static JsonObject explain(NativeSql sql) throws SQLException {
        return database.explain(sql.text(), sql.parameters());
    }
}
