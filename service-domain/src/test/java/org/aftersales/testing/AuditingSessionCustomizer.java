package org.aftersales.testing;

import org.aftersales.audit.AuditEntry;
import org.aftersales.audit.AuditListener;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * The audit half of {@link org.aftersales.persistence.AftersalesSessionSetup}, without its data-source half
 * (which needs MicroProfile Config and JNDI), so tests also prove that the audit trail can be written.
 */
public class AuditingSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        AuditListener audit = new AuditListener();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!AuditEntry.class.equals(descriptor.getJavaClass()) && !descriptor.isAggregateDescriptor()) {
                descriptor.getEventManager().addListener(audit);
            }
        }
    }
}
