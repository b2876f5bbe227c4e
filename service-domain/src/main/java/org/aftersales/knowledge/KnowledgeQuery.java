package org.aftersales.knowledge;

import org.aftersales.project.Discipline;

/**
 * A search of the knowledge base: the words (any mix of Chinese and English) and the filters, each {@code null} for
 * "any". {@code kind} is an {@link ArticleKind} or {@code ManualKind} constant; {@code equipment} an equipment type.
 */
public record KnowledgeQuery(
        String text, SearchableType type, String kind, Discipline discipline, String equipment, Long projectId) {

    public static final int MAX_TEXT_LENGTH = 200;

    public static KnowledgeQuery of(String text) {
        return new KnowledgeQuery(text, null, null, null, null, null);
    }
}
