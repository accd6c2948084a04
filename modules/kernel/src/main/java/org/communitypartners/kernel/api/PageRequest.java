package org.communitypartners.kernel.api;

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
}
