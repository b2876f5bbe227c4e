package org.aftersales.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads what the search index holds from the database, page by page in short transactions of their own, for a
 * rebuild: the database is the only truth, the index can always be made again from it.
 */
@ApplicationScoped
public class KnowledgeSource implements SearchableSource {

    public static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    /** The next page of articles after the id {@code afterId}, as the index holds them. */
    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public List<IndexedText> page(long afterId, int size) {
        List<KnowledgeArticle> page = em.createQuery(
                        "select a from KnowledgeArticle a left join fetch a.project"
                                + " where a.id > :after order by a.id",
                        KnowledgeArticle.class)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
        List<IndexedText> texts = new ArrayList<>(page.size());
        page.forEach(article -> texts.add(article.indexed()));
        em.clear();
        return texts;
    }

    /** Every record of every source, read lazily page by page. */
    public static Iterable<IndexedText> all(List<? extends SearchableSource> pages) {
        return () -> new Iterator<>() {
            private int source;
            private long after = Long.MIN_VALUE;
            private Iterator<IndexedText> page = List.<IndexedText>of().iterator();
            private boolean lastPageOfSource;

            @Override
            public boolean hasNext() {
                while (!page.hasNext()) {
                    if (source >= pages.size()) {
                        return false;
                    }
                    if (lastPageOfSource) {
                        source++;
                        after = Long.MIN_VALUE;
                        lastPageOfSource = false;
                        continue;
                    }
                    List<IndexedText> next = pages.get(source).page(after, PAGE);
                    lastPageOfSource = next.size() < PAGE;
                    if (!next.isEmpty()) {
                        after = next.get(next.size() - 1).id();
                    }
                    page = next.iterator();
                }
                return true;
            }

            @Override
            public IndexedText next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }
}
