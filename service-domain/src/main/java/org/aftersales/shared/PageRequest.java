package org.aftersales.shared;

import java.util.Map;

/**
 * Which rows of a list: offset and size, and one sort field by name. Each list maps the names it accepts to its
 * own columns, so a request can never sort by an arbitrary expression.
 */
public record PageRequest(int offset, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        offset = Math.max(0, offset);
        size = Math.min(Math.max(1, size), MAX_SIZE);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true);
    }

    /**
     * The ORDER BY term: the column the list maps {@link #sortField()} to, else {@code defaultColumn} (no or an
     * unknown sort field), with the direction. Null-safe: {@code Map.of(…).get(null)} would throw.
     */
    public String orderBy(Map<String, String> columns, String defaultColumn) {
        String column = sortField == null ? null : columns.get(sortField);
        return (column != null ? column : defaultColumn) + (ascending ? " asc" : " desc");
    }
}
