package org.aftersales.web.api;

import java.util.List;
import org.aftersales.shared.Page;

/**
 * One page of a list: the items and the number of all matching items.
 *
 * <p>The long lists (cases, notifications, both retention registers, the follow-ups due) also answer {@code next}, the cursor to pass as {@code after} for the following page
 * (null on the last page); a page asked with {@code after} has no {@code total} (null: nothing was counted) and
 * {@code offset} null. {@code totalExact} is false when the count stopped at its cap: {@code total} is then a lower
 * bound (the portal shows "more than").
 */
public record PageDto<T>(List<T> items, Long total, Boolean totalExact, Integer offset, int size, String next) {

    public PageDto(List<T> items, long total, int offset, int size) {
        this(items, total, Boolean.TRUE, offset, size, null);
    }

    /** An offset page of a list that may cap its count and offers a cursor. */
    static <T> PageDto<T> of(List<T> items, Page<?> found, int offset, int size) {
        return new PageDto<>(items, found.total(), found.totalExact(), offset, size, found.next());
    }

    /** A page read after a cursor: nothing counted. */
    static <T> PageDto<T> afterCursor(List<T> items, int size, String next) {
        return new PageDto<>(items, null, null, null, size, next);
    }
}
