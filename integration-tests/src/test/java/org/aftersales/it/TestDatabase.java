package org.aftersales.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A throw-away PostgreSQL database for one test run: created before the first test class deploys, dropped after
 * the last. Its JDBC URL goes to arquillian.xml (and to the tests) as {@code aftersales.it.url}.
 */
public class TestDatabase implements LauncherSessionListener {

    static final String SERVER = System.getProperty("aftersales.it.pg", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = "postgres";

    private String name;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("aftersales.it.url") != null) {
            return;
        }
        name = "aftersales_it_" + System.currentTimeMillis();
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        System.setProperty("aftersales.it.url", SERVER + name);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (name != null) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** A connection to this run's database, for checks the API does not show (audit rows, schema history). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("aftersales.it.url"), USER, "");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + ": " + sql, e);
        }
    }
}
