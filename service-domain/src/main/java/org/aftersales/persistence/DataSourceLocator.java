package org.aftersales.persistence;

import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/** Where the database is: the application's own data source, or one the server defines (see README). */
public final class DataSourceLocator {

    /** Defined by the WAR from MicroProfile Config ({@code aftersales.datasource.url}, user, password). */
    public static final String APPLICATION_JNDI_NAME = "java:app/jdbc/aftersales";

    private DataSourceLocator() {}

    public static Optional<String> serverJndiName() {
        return ConfigProvider.getConfig()
                .getOptionalValue("aftersales.datasource.jndi-name", String.class)
                .filter(name -> !name.isBlank());
    }

    public static DataSource dataSource() {
        String name = serverJndiName().orElse(APPLICATION_JNDI_NAME);
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source at " + name, e);
        }
    }
}
