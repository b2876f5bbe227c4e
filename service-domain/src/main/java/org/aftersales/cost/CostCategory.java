package org.aftersales.cost;

/**
 * The after-sales cost categories, the same for cost plans and actual costs (REQUIREMENTS section C; R-S12, R-C3).
 * Labour is booked as hours × the labour rate; every other category as an amount.
 */
public enum CostCategory {
    LABOUR,
    TRAVEL,
    ACCOMMODATION,
    SPARE_PARTS,
    SUBCONTRACTED_WORK,
    OTHER;

    /** Whether a line of this category is hours × rate rather than a plain amount. */
    public boolean isHourly() {
        return this == LABOUR;
    }
}
