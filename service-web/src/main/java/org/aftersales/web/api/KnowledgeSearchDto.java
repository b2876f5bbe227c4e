package org.aftersales.web.api;

import java.util.List;

/** A page of search hits; {@code totalExact} is false when {@code total} is only a lower bound (very many hits). */
public record KnowledgeSearchDto(List<KnowledgeHitDto> items, long total, boolean totalExact, int offset, int size) {}
