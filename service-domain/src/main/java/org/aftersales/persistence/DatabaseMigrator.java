package org.aftersales.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application starts, on H2 and PostgreSQL alike, then announces
 * {@link DatabaseReady} so that work needing the tables (demo data) runs after it. The schema is never generated.
 */
@ApplicationScoped
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Inject
    Event<DatabaseReady> ready;

    /**
     * Called once by the web application's start-up listener: data sources defined by the application are bound
     * only after CDI has started, so this cannot observe CDI's own start event.
     */
    public void migrate() {
        javax.sql.DataSource dataSource = DataSourceLocator.dataSource();
        MigrateResult result = MigrationLocations.flyway(DatabaseMigrator.class.getClassLoader(), dataSource)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        ready.fire(new DatabaseReady());
    }
}
