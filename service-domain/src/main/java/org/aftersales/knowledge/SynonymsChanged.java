package org.aftersales.knowledge;

/**
 * The administrator changed the search vocabulary: fired inside the saving transaction and observed after its commit,
 * so the search of this instance reads the list again at once (other instances within {@link
 * KnowledgeSearch#SYNONYMS_MAX_AGE}).
 */
public record SynonymsChanged() {}
