package org.communitypartners.kernel.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeSqlTest {

    @Test
    void aCountUpToALimitStopsOneRowAfterIt() {
        assertEquals("SELECT COUNT(*) FROM (SELECT 1 FROM bill WHERE period = ? LIMIT 101) counted",
                NativeSql.countUpTo(100, " FROM bill WHERE period = ?"));
    }

    @Test
    void idsAreJoinedForAnInList() {
        assertEquals("3,41,7", NativeSql.idList(List.of(3L, 41L, 7L)));
        assertEquals("", NativeSql.idList(List.of()));
    }

    @Test
    void instantsAreStoredAsUtcDatetimes() {
        assertEquals(LocalDateTime.of(2026, 9, 30, 16, 0),
                NativeSql.utc(Instant.parse("2026-09-30T16:00:00Z")), "00:00 on 1 October in China");
        assertNull(NativeSql.utc(null));
    }

    @Test
    void countsComeInAnyNumberTypeAndASumOverNothingIsZero() {
        assertEquals(12L, NativeSql.longOf(12));
        assertEquals(12L, NativeSql.longOf(new BigDecimal("12")));
        assertEquals(0L, NativeSql.longOf(null));
    }
}
