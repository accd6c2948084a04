package org.communitypartners.kernel.api.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void quartersAreWrittenAndReadAsYearQNumber() {
        assertEquals(new Quarter(2026, 3), Quarter.parse(" 2026Q3 ").orElseThrow());
        assertEquals("2026Q3", new Quarter(2026, 3).toString());
        assertTrue(Quarter.parse("2026Q5").isEmpty());
        assertTrue(Quarter.parse("2026-Q1").isEmpty());
        assertTrue(Quarter.parse(null).isEmpty());
    }

    @Test
    void theQuarterOfAnInstantIsTakenInChinaTime() {
        // 2026-03-31 16:30 UTC is already 1 April in Shanghai.
        assertEquals(new Quarter(2026, 2), Quarter.containing(Instant.parse("2026-03-31T16:30:00Z")));
        assertEquals(new Quarter(2026, 1), Quarter.containing(Instant.parse("2026-03-31T15:59:59Z")));
        assertEquals(Instant.parse("2026-03-31T16:00:00Z"), new Quarter(2026, 2).start());
        assertEquals(new Quarter(2026, 2).start(), new Quarter(2026, 1).end());
    }

    @Test
    void neighboursCrossYearEnds() {
        assertEquals(new Quarter(2025, 4), new Quarter(2026, 1).previous());
        assertEquals(new Quarter(2027, 1), new Quarter(2026, 4).next());
        assertEquals(new Quarter(2025, 3), new Quarter(2026, 3).sameQuarterLastYear());
        assertEquals(LocalDate.of(2027, 1, 1), new Quarter(2026, 4).endDay());
        assertEquals(List.of(new Quarter(2025, 4), new Quarter(2026, 1), new Quarter(2026, 2)),
                new Quarter(2026, 2).lastQuarters(3));
        assertEquals(new Quarter(2026, 2).lastQuarters(3), Quarter.range(new Quarter(2025, 4), new Quarter(2026, 2)));
        assertTrue(Quarter.range(new Quarter(2026, 2), new Quarter(2026, 1)).isEmpty());
    }

    @Test
    void aQuarterHoldsItsFirstAndLastDayAndNothingElse() {
        Quarter q3 = new Quarter(2026, 3);
        assertEquals(LocalDate.of(2026, 9, 30), q3.lastDay());
        assertTrue(q3.contains(LocalDate.of(2026, 7, 1)));
        assertTrue(q3.contains(LocalDate.of(2026, 9, 30)));
        assertFalse(q3.contains(LocalDate.of(2026, 6, 30)));
        assertFalse(q3.contains(LocalDate.of(2026, 10, 1)));
        assertFalse(q3.contains(null));
    }
}
