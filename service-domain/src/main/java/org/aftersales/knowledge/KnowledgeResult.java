package org.aftersales.knowledge;

import java.util.List;

/**
 * One page of hits, best first. {@code total} counts all hits exactly up to {@value KnowledgeIndex#EXACT_COUNT_LIMIT};
 * beyond that it is a lower bound ({@code exact} false).
 */
public record KnowledgeResult(List<KnowledgeHit> hits, long total, boolean exact) {

    public static final KnowledgeResult NONE = new KnowledgeResult(List.of(), 0, true);

    public List<KnowledgeHit> getHits() {
        return hits;
    }

    public long getTotal() {
        return total;
    }

    public boolean isExact() {
        return exact;
    }
}
