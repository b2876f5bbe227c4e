package org.aftersales.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * V202612100300 (issue 16, README "The service case: one head row and three parts") on H2 with a case already stored:
 * the case gets its three part rows, what acts of a part wrote moves there unchanged, and the head keeps the rest.
 */
class CasePartsMigrationTest {

    private static final String URL = "jdbc:h2:mem:case_parts_migration;DB_CLOSE_DELAY=-1";
    private static final String STAMPS = "CURRENT_TIMESTAMP, 't', TIMESTAMP '2026-03-11 10:00:00', 'specialist'";

    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException {
        String[] locations = MigrationLocations.forProduct("H2");
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations(locations)
                .target("202612090340")
                .load()
                .migrate();
        connection = DriverManager.getConnection(URL, "sa", "");
        execute("INSERT INTO owner (id, version, created_at, created_by, modified_at, modified_by, name)"
                + " VALUES (1, 0, " + STAMPS + ", 'O')");
        execute("INSERT INTO project (id, version, created_at, created_by, modified_at, modified_by, code, name,"
                + " owner_id, warranty_months) VALUES (2, 0, " + STAMPS + ", 'P-2', 'P', 1, 12)");
        execute("INSERT INTO service_case (id, version, created_at, created_by, modified_at, modified_by, case_number,"
                + " project_id, channel, case_type, reporter_name, received_at, description, major_matter,"
                + " service_class, classification_override_reason, responsibility, status, crisis, priority_case,"
                + " project_code, replied_at, leader_reported_at, on_site_confirmed_at, arrived_at, answer)"
                + " VALUES (3, 7, " + STAMPS + ", 'SC-2026-00001', 2, 'PHONE', 'SERVICE_REQUEST', '王工',"
                + " TIMESTAMP '2026-03-10 09:00:00', '泵振动', TRUE, 'CONTRACT', '合同约定', 'POST_WARRANTY', 'ARRIVED',"
                + " FALSE, FALSE, 'P-2', TIMESTAMP '2026-03-10 09:30:00', TIMESTAMP '2026-03-10 09:40:00',"
                + " TIMESTAMP '2026-03-10 10:00:00', TIMESTAMP '2026-03-11 09:00:00', '已答复')");
        Flyway.configure().dataSource(URL, "sa", "").locations(locations).load().migrate();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        execute("DROP ALL OBJECTS");
        connection.close();
    }

    private static void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> row(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(String.valueOf(rows.getObject(i)));
                }
            }
            return values;
        }
    }

    @Test
    @DisplayName("issue 16: an existing case gets its intake, on-site and sign-off rows (version 1, the case's id and"
            + " stamps), and its reply, leader report, answer, override reason, confirmation and arrival move there")
    void existingCaseGetsItsParts() throws SQLException {
        assertThat(row("SELECT id, version, service_case_id, modified_by, replied_at, leader_reported_at, answer,"
                        + " classification_override_reason FROM service_case_intake"))
                .containsExactly(
                        "3", "1", "3", "specialist", "2026-03-10 09:30:00.0", "2026-03-10 09:40:00.0", "已答复", "合同约定");
        assertThat(
                        row(
                                "SELECT id, version, service_case_id, on_site_confirmed_at, arrived_at FROM service_case_on_site"))
                .containsExactly("3", "1", "3", "2026-03-10 10:00:00.0", "2026-03-11 09:00:00.0");
        assertThat(row("SELECT id, version, service_case_id FROM service_case_sign_off"))
                .containsExactly("3", "1", "3");
        assertThat(row("SELECT version, status, service_class FROM service_case"))
                .as("the head keeps its columns and its version")
                .containsExactly("7", "ARRIVED", "CONTRACT");
        assertThat(row("SELECT LOWER(COLUMN_NAME) FROM INFORMATION_SCHEMA.COLUMNS WHERE LOWER(TABLE_NAME) ="
                        + " 'service_case' AND LOWER(COLUMN_NAME) IN ('replied_at', 'leader_reported_at', 'answer',"
                        + " 'classification_override_reason', 'on_site_confirmed_at', 'arrived_at')"))
                .as("moved, not copied")
                .isEmpty();
    }
}
