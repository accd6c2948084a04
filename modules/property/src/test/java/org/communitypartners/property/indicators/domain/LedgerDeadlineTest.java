package org.communitypartners.property.indicators.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.junit.jupiter.api.Test;

class LedgerDeadlineTest {
    private static final Quarter Q3 = new Quarter(2026, 3);
    /** 31 October 00:00 in China. */
    private static final Instant DEADLINE = Instant.parse("2026-10-30T16:00:00Z");

    @Test
    void theDeadlineIsThirtyDaysAfterTheQuartersLastDayInChinaTime() {
        assertEquals(DEADLINE, LedgerDeadline.of(Q3));
        assertEquals(Instant.parse("2027-01-30T16:00:00Z"), LedgerDeadline.of(new Quarter(2026, 4)));
    }

    @Test
    void theLastDayOnTimeIsTheDayBeforeTheDeadline() {
        assertEquals(LocalDate.of(2026, 10, 30), LedgerDeadline.lastDay(Q3));
        assertEquals(LocalDate.of(2027, 1, 30), LedgerDeadline.lastDay(new Quarter(2026, 4)));
    }

    @Test
    void publishedOnTheThirtiethDayIsOnTimeAndAtMidnightIsLate() {
        Instant later = Instant.parse("2027-01-01T00:00:00Z");
        assertEquals(Optional.of(true), LedgerDeadline.onTime(Q3, DEADLINE.minusSeconds(1), later));
        assertEquals(Optional.of(false), LedgerDeadline.onTime(Q3, DEADLINE, later));
        assertEquals(Optional.of(true), LedgerDeadline.onTime(Q3, Instant.parse("2026-10-02T02:00:00Z"), later));
    }

    @Test
    void anUnpublishedQuarterCountsAsLateOnlyOnceItsDeadlineHasPassed() {
        assertEquals(Optional.empty(), LedgerDeadline.onTime(Q3, null, DEADLINE.minusSeconds(1)));
        assertEquals(Optional.of(false), LedgerDeadline.onTime(Q3, null, DEADLINE));
        assertEquals(Optional.of(true), LedgerDeadline.onTime(Q3, DEADLINE.minusSeconds(60), DEADLINE.minusSeconds(1)),
                "published before the deadline counts at once");
    }
}
