package org.aftersales.cost;

/** How a booked cost lies outside the expense standards (R-C7), flagged for the supervisor. */
public enum StandardDeviation {
    /** Accommodation per night above the limit of the city's tier. */
    ACCOMMODATION_OVER_LIMIT,
    /** Labour booked at another rate than the standard labour rate. */
    LABOUR_RATE_DIFFERS,
    /** Travel in a class above the one allowed. */
    TRAVEL_CLASS_ABOVE_STANDARD
}
