package org.aftersales.web.config;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.aftersales.persistence.DatabaseMigrator;
import org.aftersales.shared.AftersalesConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Migrates the schema when the web application starts, before it serves its first request. */
@WebListener
public class StartupListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupListener.class.getName());

    @Inject
    DatabaseMigrator migrator;

    @Inject
    AftersalesConfig config;

    @Inject
    @ConfigProperty(name = "aftersales.url", defaultValue = "http://localhost:8080/aftersales/")
    String url;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migrator.migrate();
        if (config.demo()) {
            LOG.info(() -> String.join(
                    System.lineSeparator(),
                    "",
                    "==================================================================",
                    " Aftersales (demo mode) is ready at " + url,
                    " Logins (user name = password): specialist, engineer, engineer2, leader, gm,",
                    " engineering, design, project, project2, finance, admin; API only: erp",
                    "=================================================================="));
        }
    }
}
