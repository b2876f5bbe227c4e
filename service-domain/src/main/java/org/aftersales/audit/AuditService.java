package org.aftersales.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/** Reads the audit trail of one record, newest first. */
@ApplicationScoped
public class AuditService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Transactional
    public List<AuditEntry> trailOf(String entityType, long entityId) {
        caller.require(Permission.AUDIT_VIEW);
        return em.createQuery(
                        "select a from AuditEntry a where a.entityType = :type and a.entityId = :id"
                                + " order by a.changedAt desc, a.id desc",
                        AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setMaxResults(1000)
                .getResultList();
    }
}
