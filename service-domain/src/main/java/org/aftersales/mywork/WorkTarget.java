package org.aftersales.mywork;

/** Which page a line of "my work" opens; {@code WorkItem.targetId} is the id that page takes. */
public enum WorkTarget {
    /** cases/view?id= */
    CASE,
    /** followups/planner (the project's line there) */
    FOLLOW_UP,
    /** followups/return-visits */
    RETURN_VISIT,
    /** projects/cost-plan?project= */
    COST_PLAN,
    /** manuals/manual?id= */
    MANUAL,
    /** retention/subcontractor?id= */
    SUBCONTRACTOR_RETENTION,
    /** retention/projects */
    PROJECT_RETENTION,
    /** projects/edit?id= */
    PROJECT
}
