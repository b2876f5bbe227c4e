package org.aftersales.followup;

/** Filters of the return-visit list; {@code null} means "any". */
public record ReturnVisitFilter(Long projectId, Long projectDepartmentId, boolean flaggedOnly) {

    public static final ReturnVisitFilter NONE = new ReturnVisitFilter(null, null, false);
}
