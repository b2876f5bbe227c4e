package org.aftersales.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * A native SQL statement written by one of the long lists' query builders (the case list, the retention registers, the
 * follow-up planner — scale issue 14), with JDBC's {@code ?} marks and its parameters in order. The plan tests run the
 * same text through JDBC; the services run it through JPA ({@link #query}).
 */
public record NativeSql(String text, List<Object> parameters) {

    /** The statement as a JPA native query: its {@code ?} marks numbered ({@code ?1}, {@code ?2} …), its parameters bound. */
    public Query query(EntityManager em) {
        StringBuilder numbered = new StringBuilder();
        int mark = 0;
        for (char c : text.toCharArray()) {
            if (c == '?') {
                numbered.append('?').append(++mark);
            } else {
                numbered.append(c);
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** The rows the statement reads, each an array of its columns. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(EntityManager em) {
        return query(em).getResultList();
    }
}
