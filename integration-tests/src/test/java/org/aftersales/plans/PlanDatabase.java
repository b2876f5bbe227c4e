package org.aftersales.plans;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.persistence.MigrationLocations;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database of a plan test's own (scale issue 14), brought up by the application's migrations as Flyway
 * runs them in production (the vendor folder's {@code CREATE INDEX CONCURRENTLY} included), asked for plans with
 * {@code enable_seqscan}, {@code enable_sort} and {@code enable_bitmapscan} off: on a small test database the planner
 * would pick a scan anyway, so what remains is whether an index can serve the order at all.
 */
public final class PlanDatabase implements AutoCloseable {

    private static final String SERVER = System.getProperty("aftersales.it.pg", "jdbc:postgresql://127.0.0.1:5432/");

    private final String name;
    private final Connection connection;

    private PlanDatabase(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
    }

    /** A new database, migrated, with a connection that plans without sequential scans, sorts and bitmap scans. */
    public static PlanDatabase migrated(String prefix) throws SQLException {
        String name = prefix + "_" + System.currentTimeMillis();
        admin("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(SERVER + name);
        dataSource.setUser("postgres");
        MigrationLocations.flyway(PlanDatabase.class.getClassLoader(), dataSource)
                .load()
                .migrate();
        Connection connection = DriverManager.getConnection(SERVER + name, "postgres", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            statement.execute("SET enable_sort = off");
            statement.execute("SET enable_bitmapscan = off");
        }
        return new PlanDatabase(name, connection);
    }

    /** The plan's top node of {@code sql} with its {@code ?} marks bound to {@code parameters}. */
    public JsonObject explain(String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).isTrue();
                try (JsonReader reader = Json.createReader(new StringReader(result.getString(1)))) {
                    return reader.readArray().getJsonObject(0).getJsonObject("Plan");
                }
            }
        }
    }

    /**
     * Every scan of {@code table} in {@code plan}: its node type and index ({@code "Index Scan using ix_…"}), with
     * {@code " sorted"} appended when a Sort lies between it and the nearest Limit above it, {@code " incrementally
     * sorted"} when an Incremental Sort does (rows already in order by a leading key, put in order within each of its
     * values).
     */
    public static List<String> scans(JsonObject plan, String table) {
        List<String> scans = new ArrayList<>();
        collect(plan, "", table, scans);
        return scans;
    }

    private static void collect(JsonObject node, String sortBelowLimit, String table, List<String> scans) {
        String type = node.getString("Node Type");
        String sorted = type.equals("Limit")
                ? ""
                : type.equals("Sort")
                        ? " sorted"
                        : type.equals("Incremental Sort") ? " incrementally sorted" : sortBelowLimit;
        if (!sortBelowLimit.isEmpty() && sorted.equals(" incrementally sorted") && sortBelowLimit.equals(" sorted")) {
            sorted = sortBelowLimit;
        }
        if (table.equals(node.getString("Relation Name", null))) {
            scans.add(type + " using " + node.getString("Index Name", "-") + sorted);
        }
        JsonArray children = node.getJsonArray("Plans");
        if (children != null) {
            for (JsonValue child : children) {
                collect(child.asJsonObject(), sorted, table, scans);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
