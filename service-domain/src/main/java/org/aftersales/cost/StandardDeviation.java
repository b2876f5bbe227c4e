package org.aftersales.cost;

/** How a booked cost lies outside the expense standards (R-C7), flagged for the supervisor. */
public enum StandardDeviation {
    /** Accommodation per night above the limit of the city's tier. */
    ACCOMMODATION_OVER_LIMIT,
    /** Labour booked at another rate than the standard labour rate. */
    LABOUR_RATE_DIFFERS,
    /** Travel in a class above the one allowed. */
    TRAVEL_CLASS_ABOVE_STANDARD,
    /** The daily allowance (出差补助) above the standard per day. */
    ALLOWANCE_OVER_LIMIT,
    /**
     * The line lacks what its check needs (accommodation without nights or city tier, travel without its class or
     * allowance days): it could not be checked, and that is itself flagged — a standard that can be bypassed by leaving
     * a field empty is no standard.
     */
    NOT_CHECKED;

    /** Whether the line was checked and found outside the standard (not merely unchecked). */
    public boolean isOutside() {
        return this != NOT_CHECKED;
    }
}
