package org.aftersales.web.api;

import org.aftersales.knowledge.KnowledgeHit;

/**
 * One hit of a knowledge-base search (R-K3), best first. {@code snippet} is the text around the matched words as
 * plain text; {@code snippetHtml} the same with the text HTML-escaped and the matched words in {@code <mark>}.
 * {@code type} is ARTICLE or MANUAL; {@code kind} an ArticleKind or ManualKind constant.
 */
public class KnowledgeHitDto {

    public String type;
    public long id;
    public String kind;
    public String discipline;
    public Long projectId;
    public String title;
    public String label;
    public double score;
    public String snippet;
    public String snippetHtml;

    static KnowledgeHitDto of(KnowledgeHit hit) {
        KnowledgeHitDto dto = new KnowledgeHitDto();
        dto.type = hit.type().name();
        dto.id = hit.id();
        dto.kind = hit.kind();
        dto.discipline = hit.discipline();
        dto.projectId = hit.projectId();
        dto.title = hit.title();
        dto.label = hit.label();
        dto.score = Math.round(hit.score() * 1000) / 1000.0;
        dto.snippet = hit.snippetText();
        dto.snippetHtml = hit.snippetHtml();
        return dto;
    }
}
