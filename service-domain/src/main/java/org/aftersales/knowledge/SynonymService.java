package org.aftersales.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.aftersales.audit.AuditEntry;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * The administrator's page of the search vocabulary (R-K3): list, add, correct, remove lines; every change is in the
 * audit trail (written with the change), and the search uses the new list from the next query on.
 */
@ApplicationScoped
public class SynonymService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<SynonymsChanged> changes;

    /** The whole list (a few hundred lines), Chinese term first, optionally only lines containing {@code text}. */
    @Transactional
    public List<Synonym> list(String text) {
        caller.require(Permission.KNOWLEDGE_SYNONYM_EDIT);
        if (text == null || text.isBlank()) {
            return em.createQuery("select s from Synonym s order by s.termZh, s.termEn, s.id", Synonym.class)
                    .getResultList();
        }
        return em.createQuery(
                        "select s from Synonym s where lower(s.termZh) like :filter or lower(s.termEn) like :filter"
                                + " order by s.termZh, s.termEn, s.id",
                        Synonym.class)
                .setParameter("filter", "%" + Synonyms.normal(text) + "%")
                .getResultList();
    }

    @Transactional
    public Synonym add(String termZh, String termEn) {
        caller.require(Permission.KNOWLEDGE_SYNONYM_EDIT);
        Synonym synonym = new Synonym(termZh, termEn);
        requireNew(synonym, -1L);
        em.persist(synonym);
        changes.fire(new SynonymsChanged());
        return synonym;
    }

    @Transactional
    public Synonym change(long id, long expectedVersion, String termZh, String termEn) {
        caller.require(Permission.KNOWLEDGE_SYNONYM_EDIT);
        Synonym synonym = find(id);
        if (synonym.getVersion() != expectedVersion) {
            throw new StaleVersionException(synonym.getModifiedBy(), synonym.getModifiedAt());
        }
        synonym.reword(termZh, termEn);
        requireNew(synonym, id);
        try {
            em.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new StaleVersionException(synonym.getModifiedBy(), synonym.getModifiedAt());
        }
        changes.fire(new SynonymsChanged());
        return synonym;
    }

    @Transactional
    public void remove(long id) {
        caller.require(Permission.KNOWLEDGE_SYNONYM_EDIT);
        em.remove(find(id));
        changes.fire(new SynonymsChanged());
    }

    /** The latest changes of the list (who, when, what), newest first. */
    @Transactional
    public List<AuditEntry> history(int max) {
        caller.require(Permission.KNOWLEDGE_SYNONYM_EDIT);
        return em.createQuery(
                        "select a from AuditEntry a where a.entityType = :type order by a.changedAt desc, a.id desc",
                        AuditEntry.class)
                .setParameter("type", Synonym.class.getSimpleName())
                .setMaxResults(max)
                .getResultList();
    }

    private Synonym find(long id) {
        Synonym synonym = em.find(Synonym.class, id);
        if (synonym == null) {
            throw new NotFoundException("synonym", id);
        }
        return synonym;
    }

    /** The same pair twice would only clutter the list. */
    private void requireNew(Synonym synonym, long except) {
        Long same = em.createQuery(
                        "select count(s) from Synonym s where lower(s.termZh) = :zh and lower(s.termEn) = :en"
                                + " and s.id <> :except",
                        Long.class)
                .setParameter("zh", Synonyms.normal(synonym.getTermZh()))
                .setParameter("en", Synonyms.normal(synonym.getTermEn()))
                .setParameter("except", except)
                .getSingleResult();
        if (same > 0) {
            throw new BusinessException("termEn", "synonym.error.duplicate", synonym.getTermZh(), synonym.getTermEn());
        }
    }
}
