package org.aftersales.manual;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.aftersales.knowledge.IndexedText;
import org.aftersales.knowledge.SearchableSource;

/** The manuals as the knowledge-base search holds them, page by page, for a rebuild of the index. */
@ApplicationScoped
public class ManualSource implements SearchableSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    ManualService manuals;

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public List<IndexedText> page(long afterId, int size) {
        List<Manual> page = em.createQuery("select m from Manual m where m.id > :after order by m.id", Manual.class)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
        List<IndexedText> texts = page.stream().map(manuals::indexed).toList();
        em.clear();
        return texts;
    }
}
