package org.aftersales.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Where Flyway finds the migrations for a database: the common ones ({@code db/migration}, standard SQL for H2 and
 * PostgreSQL) and the database's own ({@code db/vendor/postgresql}, {@code db/vendor/h2}) — e.g. PostgreSQL's
 * {@code CREATE INDEX CONCURRENTLY}, which H2 does not know. One version sequence over both.
 */
public final class MigrationLocations {

    /**
     * Flyway configured for the database at {@code dataSource}: its migrations ({@link #of}), and on PostgreSQL its lock
     * against a concurrent migration taken for the session, not inside a transaction — {@code CREATE INDEX
     * CONCURRENTLY} waits until every transaction open at its start has ended, Flyway's own included, so with a
     * transactional lock it would wait forever.
     */
    public static FluentConfiguration flyway(ClassLoader classLoader, DataSource dataSource) {
        FluentConfiguration configuration =
                Flyway.configure(classLoader).dataSource(dataSource).locations(of(dataSource));
        configuration
                .getConfigurationExtension(PostgreSQLConfigurationExtension.class)
                .setTransactionalLock(false);
        return configuration;
    }

    private MigrationLocations() {}

    /** The locations for the database behind {@code dataSource}. */
    public static String[] of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return forProduct(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the migrations are for", e);
        }
    }

    /** The locations for a database by its JDBC product name ("PostgreSQL", "H2"). */
    public static String[] forProduct(String productName) {
        String vendor = productName.toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }
}
