package org.aftersales.project;

/** Filters of the project list; {@code null} means "any". */
public record ProjectFilter(String text, ProjectPhase phase, Long projectDepartmentId) {

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null);
}
