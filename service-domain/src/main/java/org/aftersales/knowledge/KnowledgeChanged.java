package org.aftersales.knowledge;

/**
 * A searchable record was saved: fired inside the saving transaction and observed after its commit
 * ({@code TransactionPhase.AFTER_SUCCESS}), so the index never shows what was rolled back.
 */
public record KnowledgeChanged(IndexedText text) {}
