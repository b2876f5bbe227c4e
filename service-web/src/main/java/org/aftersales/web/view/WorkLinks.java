package org.aftersales.web.view;

import org.aftersales.mywork.WorkTarget;

/** The page a line of "my work" or a calendar entry opens, as a path below the context root. */
public final class WorkLinks {

    private WorkLinks() {}

    public static String href(WorkTarget target, long id) {
        return switch (target) {
            case CASE -> "/cases/view.xhtml?id=" + id;
            case FOLLOW_UP -> "/followups/planner.xhtml";
            case RETURN_VISIT -> "/followups/return-visits.xhtml";
            case COST_PLAN -> "/projects/cost-plan.xhtml?project=" + id;
            case MANUAL -> "/manuals/manual.xhtml?id=" + id;
            case SUBCONTRACTOR_RETENTION -> "/retention/subcontractor.xhtml?id=" + id;
            case PROJECT_RETENTION -> "/retention/projects.xhtml";
            case PROJECT -> "/projects/edit.xhtml?id=" + id;
        };
    }
}
