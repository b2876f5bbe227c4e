package org.aftersales.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own data source. Every value comes from MicroProfile Config (defaults in
 * META-INF/microprofile-config.properties: an embedded H2 file database under ./data), so the WAR holds no machine
 * path, host or password. To use a data source defined by the server instead, set
 * {@code aftersales.datasource.jndi-name} (README).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/aftersales",
        className = "${MPCONFIG=aftersales.datasource.class-name}",
        url = "${MPCONFIG=aftersales.datasource.url}",
        user = "${MPCONFIG=aftersales.datasource.user}",
        password = "${MPCONFIG=aftersales.datasource.password}",
        minPoolSize = 2,
        maxPoolSize = 20)
@ApplicationScoped
public class DataSourceConfig {}
