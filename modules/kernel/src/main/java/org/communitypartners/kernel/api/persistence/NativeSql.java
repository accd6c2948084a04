package org.communitypartners.kernel.api.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The small conversions every module's native SQL needs (grouped counts per quarter, bulk demo
 * rows): instants stored as UTC datetimes, counts as the driver returns them, id lists.
 */
public final class NativeSql {

    private NativeSql() {
    }

    /**
     * A count that stops after {@code limit + 1} rows ({@code fromWhere}: " FROM … WHERE …", its
     * parameters numbered as they stand), for lists too long to count in full on every page: a
     * result above the limit means "more than the limit".
     */
    public static String countUpTo(long limit, String fromWhere) {
        return "SELECT COUNT(*) FROM (SELECT 1" + fromWhere + " LIMIT " + (limit + 1) + ") counted";
    }

    /**
     * Ids joined for an {@code IN (…)} list. Only for ids the code got from the database (the
     * organisation tree, a lookup), never for text a caller sent, so it is written into the SQL.
     */
    public static String idList(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** An instant as the UTC datetime the tables store; null stays null. */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A count or id as the driver hands it back (any Number); SUM over no rows (null) is 0. */
    public static long longOf(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
