package org.communitypartners.kernel.api;

import java.util.Map;

/** One page of a lazy list: rows from {@code first}, at most {@code size}, sorted by a named field. */
public record PageRequest(int first, int size, String sortField, boolean ascending) {
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size < 1 || size > MAX_SIZE) {
            size = Math.min(Math.max(size, 1), MAX_SIZE);
        }
    }

    /**
     * A JPQL ORDER BY for the requested field when it is one of {@code sortable} (field → path),
     * then {@code tieBreak}; never text from the request itself.
     */
    public String orderBy(Map<String, String> sortable, String tieBreak) {
        String path = sortField == null ? null : sortable.get(sortField);
        if (path == null) {
            return " ORDER BY " + tieBreak;
        }
        return " ORDER BY " + path + (ascending ? " ASC" : " DESC") + ", " + tieBreak;
    }
}
