package org.aftersales.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads the search vocabulary from the database, in a short transaction of its own (the database is the truth). */
@ApplicationScoped
public class SynonymSource {

    @PersistenceContext
    EntityManager em;

    @Transactional(TxType.REQUIRES_NEW)
    public Synonyms read() {
        Synonyms synonyms = new Synonyms(
                em.createQuery("select s from Synonym s order by s.id", Synonym.class).getResultList().stream()
                        .map(Synonym::pair)
                        .toList());
        em.clear();
        return synonyms;
    }
}
