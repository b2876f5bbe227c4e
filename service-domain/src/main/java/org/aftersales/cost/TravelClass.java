package org.aftersales.cost;

/**
 * The class a service trip was travelled in (R-C7), with its rank in the expense standard: the standard names the
 * highest class allowed, and a class of the same rank is allowed too (train second class and economy flight are
 * both rank 1).
 */
public enum TravelClass {
    TRAIN_SECOND_CLASS(1),
    ECONOMY_FLIGHT(1),
    TRAIN_FIRST_CLASS(2),
    BUSINESS_FLIGHT(3);

    private final int rank;

    TravelClass(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** Whether travelling in this class is within a standard that allows up to {@code allowed}. */
    public boolean within(TravelClass allowed) {
        return rank <= allowed.rank;
    }
}
