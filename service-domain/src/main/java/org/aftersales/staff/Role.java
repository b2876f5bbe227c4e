package org.aftersales.staff;

/** The roles of R-O1, plus ADMIN (users and departments) and INTEGRATION (the ERP, API only). */
public enum Role {
    AFTER_SALES_SPECIALIST,
    AFTER_SALES_ENGINEER,
    DIVISION_LEADER,
    GENERAL_MANAGER,
    ENGINEERING,
    DESIGN,
    PROJECT_DEPT,
    FINANCE,
    ADMIN,
    INTEGRATION;

    /** Role names as the container knows them, for {@code @RolesAllowed} and web.xml. */
    public static final String[] NAMES =
            java.util.Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
}
