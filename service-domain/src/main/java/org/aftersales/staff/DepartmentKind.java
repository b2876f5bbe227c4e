package org.aftersales.staff;

/** The departments that take part in after-sales (REQUIREMENTS, users). */
public enum DepartmentKind {
    ENGINEERING,
    DESIGN,
    PROJECT,
    FINANCE,
    MANAGEMENT
}
