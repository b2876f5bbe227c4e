package org.aftersales.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migration of issue 3 step (2) on an empty in-memory H2: its tables exist, the database itself keeps the rules
 * that must never be broken by any writer, and BYTEA holds a 5 MB scan.
 */
class DispatchAndSignOffMigrationTest {

    private static final String URL = "jdbc:h2:mem:dispatch_migration;DB_CLOSE_DELAY=-1";
    private static final String STAMPS = "0, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't'";

    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        connection = DriverManager.getConnection(URL, "sa", "");
        execute("INSERT INTO owner (id, version, created_at, created_by, modified_at, modified_by, name)"
                + " VALUES (1, " + STAMPS + ", 'O')");
        execute("INSERT INTO project (id, version, created_at, created_by, modified_at, modified_by, code, name,"
                + " owner_id, warranty_months) VALUES (2, " + STAMPS + ", 'P', 'P', 1, 12)");
        execute("INSERT INTO service_case (id, version, created_at, created_by, modified_at, modified_by, case_number,"
                + " project_id, channel, case_type, reporter_name, received_at, description, major_matter,"
                + " service_class, responsibility, status, crisis, priority_case, project_code) VALUES (3, " + STAMPS
                + ", 'SC-2026-00001', 2, 'PHONE', 'SERVICE_REQUEST', '王工', CURRENT_TIMESTAMP, '泵振动', TRUE,"
                + " 'WARRANTY', 'WARRANTY', 'WORK_DONE', FALSE, FALSE, 'P-2')");
        execute("INSERT INTO service_book_entry (id, version, created_at, created_by, modified_at, modified_by,"
                + " project_id, entry_number, entry_date, entry_text) VALUES (4, " + STAMPS
                + ", 2, 'SB-1', DATE '2026-03-11', '返厂')");
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

    @ParameterizedTest(name = "table {0}")
    @ValueSource(
            strings = {
                "dispatch", "dispatch_proposed_engineer", "dispatch_engineer", "on_site_visit", "on_site_visit_part",
                "signature_image", "service_report", "service_report_amendment", "dispatch_ticket",
                        "service_book_entry",
                "factory_return", "service_cost", "trip_report", "service_assessment"
            })
    @DisplayName("R-S6 … R-S12 migrations apply on H2: the dispatch, visit, sign-off and cost tables exist")
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
    @DisplayName("R-S9 the database itself refuses a responsibility split that does not sum to 100")
    void splitSumsTo100() {
        assertThatThrownBy(() -> execute(factoryReturn(5, 6, "50, 40, 0, 0")))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("CK_FACTORY_RETURN_SPLIT");
    }

    private static String factoryReturn(int id, int entry, String shares) {
        return "INSERT INTO factory_return (id, version, created_at, created_by, modified_at, modified_by,"
                + " service_case_id, kind, consent_by, consent_at, leadership_reported_at, service_book_entry_id,"
                + " company_share, subcontractor_share, design_share, owner_share) VALUES (" + id + ", " + STAMPS
                + ", 3, 'FACTORY_RETURN', '刘明', TIMESTAMP '2026-03-11 09:00:00', TIMESTAMP '2026-03-11 10:00:00',"
                + " 4, " + shares + ")";
    }

    @Test
    @DisplayName("R-S7 the database itself refuses work recorded without the safety acknowledgement before it")
    void safetyBeforeWork() {
        assertThatThrownBy(() -> execute("INSERT INTO on_site_visit (id, version, created_at, created_by, modified_at,"
                        + " modified_by, service_case_id, work_done_at, work_description, work_result) VALUES (7, "
                        + STAMPS + ", 3, TIMESTAMP '2026-03-11 14:00:00', '更换机封', '正常')"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("CK_ON_SITE_VISIT_SAFETY_FIRST");
    }

    @Test
    @DisplayName(
            "R-S8 BYTEA takes a 5 MB stamped scan on H2, and a report signed by OTHER without a title is refused by the database")
    void signatureImagesAndTitles() throws SQLException {
        byte[] scan = Arrays.copyOf("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 5 * 1024 * 1024);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO signature_image (id, version,"
                + " created_at, created_by, modified_at, modified_by, form, content_type, size_bytes, image_data)"
                + " VALUES (8, " + STAMPS + ", 'STAMPED_SCAN', 'application/pdf', ?, ?)")) {
            insert.setInt(1, scan.length);
            insert.setBytes(2, scan);
            insert.executeUpdate();
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT image_data FROM signature_image WHERE id = 8")) {
            rows.next();
            assertThat(rows.getBytes(1)).isEqualTo(scan);
        }
        assertThatThrownBy(() -> execute("INSERT INTO service_report (id, version, created_at, created_by, modified_at,"
                        + " modified_by, service_case_id, signer_name, signer_role, signed_at, signature_form,"
                        + " signature_image_id) VALUES (9, " + STAMPS + ", 3, '赵六', 'OTHER', CURRENT_TIMESTAMP,"
                        + " 'STAMPED_SCAN', 8)"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("CK_SERVICE_REPORT_TITLE");
    }

    @Test
    @DisplayName("R-S12 the database itself keeps labour as hours × rate lines and other categories without hours")
    void costLines() {
        String columns = "INSERT INTO service_cost (id, version, created_at, created_by, modified_at, modified_by,"
                + " service_case_id, category, description, amount, labour_hours, labour_rate) VALUES ";
        assertThatThrownBy(() -> execute(columns + "(10, " + STAMPS + ", 3, 'TRAVEL', '高铁', 500, 2, 80)"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("CK_SERVICE_COST_LABOUR");
        assertThatThrownBy(() -> execute(columns + "(11, " + STAMPS + ", 3, 'LABOUR', '人工', 500, NULL, NULL)"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("CK_SERVICE_COST_LABOUR");
    }
}
