package org.communitypartners.massorg.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class TargetProgressTest {
    private static final YearlyTarget.Figures TWENTY_ACTIVITIES = new YearlyTarget.Figures(20, 300, 100);

    @Test
    void aTargetMetExactlyIsMet() {
        TargetProgress progress = TargetProgress.of(2026, TWENTY_ACTIVITIES, new YearActuals(20, 300, 100 * 60));

        assertTrue(progress.met());
        assertEquals(100, progress.measure(TargetProgress.ACTIVITIES).percent());
        assertEquals(new BigDecimal("100.00"), progress.measure(TargetProgress.VOLUNTEER_HOURS).actual());
    }

    @Test
    void oneShortOnOneMeasureIsNotMetAndNeverShowsAHundredPercent() {
        TargetProgress progress = TargetProgress.of(2026, TWENTY_ACTIVITIES, new YearActuals(20, 299, 100 * 60));

        assertFalse(progress.met());
        assertTrue(progress.measure(TargetProgress.ACTIVITIES).met());
        assertFalse(progress.measure(TargetProgress.PARTICIPANTS).met());
        assertEquals(99, progress.measure(TargetProgress.PARTICIPANTS).percent());
    }

    @Test
    void oneQuarterHourShortOfTheHoursIsNotMet() {
        TargetProgress progress = TargetProgress.of(2026, TWENTY_ACTIVITIES, new YearActuals(20, 300, 100 * 60 - 15));

        assertFalse(progress.measure(TargetProgress.VOLUNTEER_HOURS).met());
        assertEquals(new BigDecimal("99.75"), progress.measure(TargetProgress.VOLUNTEER_HOURS).actual());
    }

    @Test
    void anEmptyYearMeetsNothingButZeroMinimums() {
        TargetProgress progress = TargetProgress.of(2026, new YearlyTarget.Figures(20, 0, 100), YearActuals.NONE);

        assertFalse(progress.met());
        assertEquals(0, progress.measure(TargetProgress.ACTIVITIES).percent());
        assertTrue(progress.measure(TargetProgress.PARTICIPANTS).met(), "a minimum of 0 is met by nothing done");
        assertEquals(100, progress.measure(TargetProgress.PARTICIPANTS).percent());
    }

    @Test
    void beyondTheTargetIsCappedAtAHundredPercent() {
        TargetProgress progress = TargetProgress.of(2026, TWENTY_ACTIVITIES, new YearActuals(35, 600, 200 * 60));

        assertTrue(progress.met());
        assertEquals(100, progress.measure(TargetProgress.ACTIVITIES).percent());
    }

    @Test
    void negativeFiguresAndYearsOutOfRangeAreRefused() {
        Instant now = Instant.parse("2026-01-05T00:00:00Z");
        assertEquals("target.negative", assertThrows(RuleViolation.class, () -> new YearlyTarget(1, 2026,
                new YearlyTarget.Figures(-1, 0, 0), "admin", now)).messageKey());
        assertEquals("target.year", assertThrows(RuleViolation.class, () -> new YearlyTarget(1, 1999,
                TWENTY_ACTIVITIES, "admin", now)).messageKey());
    }
}
