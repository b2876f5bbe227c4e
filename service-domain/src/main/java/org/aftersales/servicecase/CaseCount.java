package org.aftersales.servicecase;

/**
 * The count of a case list: the priority special cases that match (R-S11, a handful) and the other cases, counted up to
 * a cap ({@code exact} false when the cap was reached: then {@link #total()} is a lower bound).
 */
public record CaseCount(long priority, long others, boolean exact) {

    public long total() {
        return priority + others;
    }
}
