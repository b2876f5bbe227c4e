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

    public Page(List<T> items, long total) {
        this(items, total, true, null);
    }
}
