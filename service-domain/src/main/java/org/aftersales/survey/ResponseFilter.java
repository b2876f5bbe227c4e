package org.aftersales.survey;

/** Which archived responses a list shows; {@code null} means "any". */
public record ResponseFilter(Long templateId, Long projectId, Long subcontractorId) {

    public static final ResponseFilter ALL = new ResponseFilter(null, null, null);
}
