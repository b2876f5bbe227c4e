package org.aftersales.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own data source. Every value comes from MicroProfile Config: the installation names URL, user and
 * password (the README's run command names an embedded H2 file database), so the WAR holds no machine path, host or
 * password; without them the application refuses to start. To use a data source defined by the server instead, set
 * {@code aftersales.datasource.jndi-name} (README).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/aftersales",
        className = "${MPCONFIG=aftersales.datasource.class-name}",
        url = "${MPCONFIG=aftersales.datasource.url}",
        user = "${MPCONFIG=aftersales.datasource.user}",
        password = "${MPCONFIG=aftersales.datasource.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        // A new connection that the network swallows (no answer, no refusal) fails after 5 s instead of hanging.
        loginTimeout = 5,
        // Payara's pool settings on the application's own data source (robustness issue, item 1): a connection is
        // validated (JDBC 4 isValid) before it is lent, at most once every 5 s; one broken connection fails them all,
        // so a restarted database is reconnected at the first request instead of answering "connection closed" for
        // ever; a request waits at most 5 s for a connection and then gets 503, not a hung thread.
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.connection-creation-retry-attempts=0"
        })
@ApplicationScoped
public class DataSourceConfig {}
