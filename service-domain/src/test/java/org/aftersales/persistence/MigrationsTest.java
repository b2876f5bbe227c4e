package org.aftersales.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.policy.CalendarDayKind;
import org.aftersales.policy.HolidayCalendar;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs every migration of {@code db/migration} and {@code db/vendor/h2} on an empty in-memory H2, as the application does at start-up. */
class MigrationsTest {

    private static final String URL = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";

    private static MigrateResult result;
    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException {
        result = Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations(MigrationLocations.forProduct("H2"))
                .load()
                .migrate();
        connection = DriverManager.getConnection(URL, "sa", "");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        connection.close();
    }

    @Test
    @DisplayName("R-O2 migrations apply on H2: every migration succeeds, up to the registers")
    void allMigrationsApply() {
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        assertThat(result.targetSchemaVersion).isGreaterThanOrEqualTo("202611271330");
    }

    @ParameterizedTest(name = "table {0}")
    @ValueSource(
            strings = {
                "project",
                "owner",
                "policy_parameter",
                "subcontractor",
                "project_subcontractor",
                "equipment_item",
                "owner_contact",
                "service_contract",
                "service_contract_item",
                "calendar_day",
                "service_case",
                "service_case_clock",
                "service_case_clock_pause",
                "service_case_event",
                "case_number_counter",
                "cost_plan",
                "cost_plan_line",
                "supplemental_cost_request",
                "owner_follow_up",
                "follow_up_decline",
                "return_visit",
                "quality_cost",
                "late_payment_rate",
                "retention_letter",
                "quotation",
                "quotation_line",
                "expense_standard",
                "monthly_report",
                "case_attachment"
            })
    @DisplayName("R-O2 migrations apply on H2: the register tables exist")
    void tableExists(String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = ?")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    @DisplayName(
            "R-O2 the 2025 and 2026 holiday arrangements are shipped: 28 + 33 holiday rest days, 5 + 6 make-up working days, fixed ids below the sequence")
    void shippedCalendar() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT EXTRACT(YEAR FROM calendar_date), kind, COUNT(*), MAX(id) FROM calendar_day"
                                + " GROUP BY EXTRACT(YEAR FROM calendar_date), kind")) {
            while (rows.next()) {
                counts.put(rows.getInt(1) + " " + rows.getString(2), rows.getInt(3));
                assertThat(rows.getLong(4)).isLessThan(1000);
            }
        }
        assertThat(counts)
                .containsOnly(
                        Map.entry("2025 HOLIDAY", 28),
                        Map.entry("2025 MAKEUP_WORKDAY", 5),
                        Map.entry("2026 HOLIDAY", 33),
                        Map.entry("2026 MAKEUP_WORKDAY", 6));
    }

    @Test
    @DisplayName(
            "R-O2 shipped calendar: make-up days are weekends, Spring Festival 2026 is off, and after the 2026 National Day holiday work resumes on 2026-10-08")
    void shippedCalendarAnswers() throws SQLException {
        Map<LocalDate, CalendarDayKind> days = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT calendar_date, kind FROM calendar_day")) {
            while (rows.next()) {
                days.put(rows.getObject(1, LocalDate.class), CalendarDayKind.valueOf(rows.getString(2)));
            }
        }
        HolidayCalendar calendar = HolidayCalendar.of(days);

        days.forEach((day, kind) -> {
            if (kind == CalendarDayKind.MAKEUP_WORKDAY) {
                assertThat(day.getDayOfWeek()).as(day.toString()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        });
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2025, 10, 1))).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)))
                .as("Saturday before Spring Festival")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4)))
                .as("Sunday after New Year")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    @DisplayName("R-L4 the database itself refuses a contract period that ends before it starts")
    void contractPeriodCheck() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO owner (id, version, created_at, created_by, modified_at, modified_by, name)"
                    + " VALUES (1, 0, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't', 'O')");
            statement.execute("INSERT INTO project (id, version, created_at, created_by, modified_at, modified_by,"
                    + " code, name, owner_id, warranty_months)"
                    + " VALUES (2, 0, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't', 'P', 'P', 1, 12)");
        }
        assertThatThrownBy(() -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("INSERT INTO service_contract (id, version, created_at, created_by,"
                                + " modified_at, modified_by, project_id, kind, contract_number, valid_from, valid_to)"
                                + " VALUES (3, 0, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't', 2,"
                                + " 'MAINTENANCE_CONTRACT', 'C-1', DATE '2026-02-01', DATE '2026-01-31')");
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("CK_SERVICE_CONTRACT_PERIOD");
    }

    @Test
    @DisplayName(
            "R-S1 the database itself refuses a second case with the same number and a second clock of one kind, and ships the lock row of the case-number counter")
    void serviceCaseConstraints() throws SQLException {
        String stamps = "0, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't'";
        String caseColumns = "(id, version, created_at, created_by, modified_at, modified_by, case_number, project_id,"
                + " channel, case_type, reporter_name, received_at, description, major_matter, service_class,"
                + " responsibility, status, crisis, priority_case, project_code)";
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO owner (id, version, created_at, created_by, modified_at, modified_by, name)"
                    + " VALUES (11, " + stamps + ", 'O-11')");
            statement.execute("INSERT INTO project (id, version, created_at, created_by, modified_at, modified_by,"
                    + " code, name, owner_id, warranty_months) VALUES (12, " + stamps + ", 'P-12', 'P', 11, 12)");
            statement.execute(
                    "INSERT INTO service_case " + caseColumns + " VALUES (13, " + stamps + ", 'SC-2026-00001',"
                            + " 12, 'PHONE', 'SERVICE_REQUEST', '王工', CURRENT_TIMESTAMP, '泵振动', FALSE, 'WARRANTY',"
                            + " 'WARRANTY', 'REGISTERED', FALSE, FALSE, 'P-1')");
            statement.execute("INSERT INTO service_case_clock (id, version, created_at, created_by, modified_at,"
                    + " modified_by, service_case_id, kind, started_at, sla_hours, paused_seconds, due_at)"
                    + " VALUES (14, " + stamps + ", 13, 'REPLY', CURRENT_TIMESTAMP, 24, 0, CURRENT_TIMESTAMP)");
            try (ResultSet rows =
                    statement.executeQuery("SELECT last_value FROM case_number_counter WHERE counter_year = 0")) {
                assertThat(rows.next()).isTrue();
            }
        }
        assertThatThrownBy(() -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("INSERT INTO service_case " + caseColumns + " VALUES (15, " + stamps
                                + ", 'SC-2026-00001', 12, 'FAX', 'FEEDBACK', '李工', CURRENT_TIMESTAMP, '意见', FALSE,"
                                + " 'WARRANTY', 'WARRANTY', 'REGISTERED', FALSE, FALSE, 'P-1')");
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("UK_SERVICE_CASE_NUMBER");
        assertThatThrownBy(() -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("INSERT INTO service_case_clock (id, version, created_at, created_by,"
                                + " modified_at, modified_by, service_case_id, kind, started_at, sla_hours,"
                                + " paused_seconds, due_at) VALUES (16, " + stamps + ", 13, 'REPLY',"
                                + " CURRENT_TIMESTAMP, 12, 0, CURRENT_TIMESTAMP)");
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("UK_SERVICE_CASE_CLOCK_KIND");
    }
}
