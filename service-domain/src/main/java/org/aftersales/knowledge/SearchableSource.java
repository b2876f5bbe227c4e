package org.aftersales.knowledge;

import java.util.List;

/**
 * Another kind of record the knowledge-base search finds (the manuals): pages of what the index holds of it, read
 * in a transaction of their own, ordered by id, after the id given.
 */
public interface SearchableSource {

    List<IndexedText> page(long afterId, int size);
}
