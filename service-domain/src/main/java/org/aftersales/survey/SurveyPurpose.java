package org.aftersales.survey;

/**
 * What a satisfaction survey evaluates (R-B3; 第四章4.6 满意度调查): an equipment supplier on a project, or the owner's
 * satisfaction after a service.
 */
public enum SurveyPurpose {
    SUPPLIER_SATISFACTION,
    OWNER_SATISFACTION;

    /** Whether a response names the supplier it evaluates. */
    public boolean evaluatesSupplier() {
        return this == SUPPLIER_SATISFACTION;
    }
}
