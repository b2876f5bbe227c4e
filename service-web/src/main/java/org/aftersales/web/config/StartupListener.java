package org.aftersales.web.config;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.aftersales.persistence.DatabaseMigrator;

/** Migrates the schema when the web application starts, before it serves its first request. */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    DatabaseMigrator migrator;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migrator.migrate();
    }
}
