package org.aftersales.project;

/**
 * The trade an equipment item or a defect belongs to (R-L2, R-L5). Every after-sales engineer must be able to work
 * in the mechanical, electrical and I&C (热控) disciplines (R-S6); civil defects go to the project department and the
 * Design Department.
 */
public enum Discipline {
    MECHANICAL,
    ELECTRICAL,
    INSTRUMENTATION_CONTROL,
    CIVIL
}
