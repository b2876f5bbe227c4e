package org.aftersales.shared;

import java.util.List;

/**
 * One page of a list, with the number of all matching rows (for lazy tables and the API).
 *
 * <p>The long lists (scale issue) count only up to a cap: then {@code totalExact} is false and {@code total} is a
 * lower bound ("more than 10 000"). A page read after a cursor counts nothing ({@code total} 0, not exact; the API
 * shows no total there). {@code next} is the cursor of the page after this one: null on the last page and in lists
 * without a cursor.
 */
public record Page<T>(List<T> items, long total, boolean totalExact, String next) {

    /**
     * The long lists count the rows that match up to this many beyond the page asked for; past it the total shows as
     * "more than" (scale issue: a count of a million rows costs as much as reading them).
     */
    public static final int COUNT_CAP = 10_000;

    /** An offset page whose count stopped at {@code cap}: exact only when it stayed below. */
    public static <T> Page<T> capped(List<T> items, long counted, long cap, String next) {
        return new Page<>(items, counted, counted < cap, next);
    }

    public Page(List<T> items, long total) {
        this(items, total, true, null);
    }
}
