package org.aftersales.testing;

import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Takes the place of the production {@code AftersalesSessionSetup} (persistence.xml's session event listener) outside
 * a container: the tests name their H2 database directly, with no MicroProfile Config and no JNDI, and
 * {@link AuditingSessionCustomizer} adds the audit listener.
 */
public class NoSessionSetup extends SessionEventAdapter {}
