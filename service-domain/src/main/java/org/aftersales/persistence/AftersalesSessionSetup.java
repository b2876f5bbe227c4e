package org.aftersales.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.aftersales.audit.AuditEntry;
import org.aftersales.audit.AuditListener;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * What EclipseLink must know before the first query:
 *
 * <ul>
 *   <li>that a data source is configured at all (else the application refuses to start, saying so:
 *       {@link DataSourceLocator#requireConfigured()});
 *   <li>the data source: the application's own {@code java:app/jdbc/aftersales} (from MicroProfile Config),
 *       or — when {@code aftersales.datasource.jndi-name} is set — a data source the server defines, as
 *       when the customer deploys the WAR into their Payara Server;
 *   <li>the audit trail: {@link AuditListener} on every entity;
 *   <li>the count of statements per request ({@link StatementCount}).
 * </ul>
 *
 * <p>A session event listener ({@code eclipselink.session-event-listener}) working at {@code preLogin}, not a session
 * customizer: the customizer's interface moved ({@code org.eclipse.persistence.config.SessionCustomizer}, the only one
 * in the EclipseLink 4.0.1 of Payara Server 6.2025.9, is gone in EclipseLink 5 of Payara 7, whose
 * {@code org.eclipse.persistence.sessions.SessionCustomizer} 4.0.1 lacks), and a class implementing a missing interface
 * cannot even be loaded. {@link SessionEventAdapter} is the same in all of them, and {@code preLogin} comes before the
 * first connection, where the customizer ran.
 */
public class AftersalesSessionSetup extends SessionEventAdapter {

    @Override
    public void preLogin(SessionEvent event) {
        customize(event.getSession());
    }

    static void customize(Session session) {
        DataSourceLocator.requireConfigured();
        DataSourceLocator.serverJndiName().ifPresent(name -> useServerDataSource(session, name));
        noQueryRetries(session);
        session.getEventManager().addListener(new StatementCount.Listener());
        AuditListener audit = new AuditListener();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!AuditEntry.class.equals(descriptor.getJavaClass()) && !descriptor.isAggregateDescriptor()) {
                descriptor.getEventManager().addListener(audit);
            }
        }
    }

    /**
     * EclipseLink retries a read outside a transaction three times, 5 s apart, when the database connection fails;
     * with the pool's own 5 s wait that held a request for 30 s while the database was away. The pool validates every
     * connection it lends (DataSourceConfig), so a retry gains nothing: fail at once, and the caller gets 503 with
     * {@code Retry-After} (robustness issue, item 1).
     */
    private static void noQueryRetries(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }

    private static void useServerDataSource(Session session, String name) {
        DataSource dataSource = lookup(name);
        if (session.getDatasourceLogin() instanceof DatasourceLogin login
                && login.getConnector() instanceof JNDIConnector connector) {
            connector.setDataSource(dataSource);
        }
        if (session instanceof ServerSession server
                && server.getReadConnectionPool().getLogin() instanceof DatasourceLogin readLogin
                && readLogin.getConnector() instanceof JNDIConnector readConnector) {
            readConnector.setDataSource(dataSource);
        }
    }

    private static DataSource lookup(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("aftersales.datasource.jndi-name: no data source at " + name, e);
        }
    }
}
