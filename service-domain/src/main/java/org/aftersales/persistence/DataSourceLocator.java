package org.aftersales.persistence;

import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the database is: the application's own data source, or one the server defines (see README).
 *
 * <p>The WAR carries no data-source settings — no URL, no user, no password — so an installation that forgot them must
 * not start on some default database (an embedded file next to the server, with a password anyone can read in the
 * WAR) and lose its data at the next clean-up: it refuses to start, with one line that says what to set
 * ({@link #requireConfigured()}, called by {@link AftersalesSessionSetup} before EclipseLink first connects). The
 * README's run command passes its embedded H2 database explicitly.
 */
public final class DataSourceLocator {

    /** Defined by the WAR from MicroProfile Config ({@code aftersales.datasource.url}, user, password). */
    public static final String APPLICATION_JNDI_NAME = "java:app/jdbc/aftersales";

    static final String URL = "aftersales.datasource.url";
    static final String JNDI_NAME = "aftersales.datasource.jndi-name";

    private static final Logger LOG = Logger.getLogger(DataSourceLocator.class.getName());

    private DataSourceLocator() {}

    public static Optional<String> serverJndiName() {
        return given(ConfigProvider.getConfig().getOptionalValue(JNDI_NAME, String.class));
    }

    public static DataSource dataSource() {
        String name = serverJndiName().orElse(APPLICATION_JNDI_NAME);
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source at " + name, e);
        }
    }

    /** Refuses to go on — logged, then thrown — when the configuration names no data source. */
    public static void requireConfigured() {
        Config config = ConfigProvider.getConfig();
        refusal(config.getOptionalValue(URL, String.class), config.getOptionalValue(JNDI_NAME, String.class))
                .ifPresent(refusal -> {
                    LOG.severe(refusal);
                    throw new IllegalStateException(refusal);
                });
    }

    /**
     * Why the application must not start, or empty when a data source is configured: the application's own
     * ({@code aftersales.datasource.url}) or one the server defines ({@code aftersales.datasource.jndi-name}).
     */
    static Optional<String> refusal(Optional<String> url, Optional<String> jndiName) {
        if (given(url).isPresent() || given(jndiName).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("Aftersales refuses to start: no data source is configured. Set aftersales.datasource.url"
                + " (environment AFTERSALES_DATASOURCE_URL) with .class-name, .user and .password, or"
                + " aftersales.datasource.jndi-name for a data source the server defines (README, Configuration).");
    }

    private static Optional<String> given(Optional<String> value) {
        return value.filter(text -> !text.isBlank());
    }
}
