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
    private static final YearlyTarget.Figures TWENTY_ACTIVITIES = new YearlyTarget.Figures(20, 300, 100, null);

    @Test
    void aTargetMetExactlyIsMet() {
        TargetProgress progress = TargetProgress.of(2026, TWENTY_ACTIVITIES, new YearActuals(20, 300, 100 * 60, null));

        assertTrue(progress.met());
        assertEquals(100, progress.measure(TargetProgress.ACTIVITIES).percent());
        assertEquals(new BigDecimal("100.00"), progress.measure(TargetProgress.VOLUNTEER_HOURS).actual());
    }

    @Test
    void oneShortOnOneMeasureIsNotMetAndNeverShowsAHundredPercent() {
        TargetProgress progress = TargetProgress.of(2026, TWENTY_ACTIVITIES, new YearActuals(20, 299, 100 * 60, null));

        assertFalse(progress.met());
        assertTrue(progress.measure(TargetProgress.ACTIVITIES).met());
        assertFalse(progress.measure(TargetProgress.PARTICIPANTS).met());
        assertEquals(99, progress.measure(TargetProgress.PARTICIPANTS).percent());
    }

    @Test
    void oneQuarterHourShortOfTheHoursIsNotMet() {
        TargetProgress progress = TargetProgress.of(2026, TWENTY_ACTIVITIES, new YearActuals(20, 300, 100 * 60 - 15, null));

        assertFalse(progress.measure(TargetProgress.VOLUNTEER_HOURS).met());
        assertEquals(new BigDecimal("99.75"), progress.measure(TargetProgress.VOLUNTEER_HOURS).actual());
    }

    @Test
    void anEmptyYearMeetsNothingButZeroMinimums() {
        TargetProgress progress = TargetProgress.of(2026, new YearlyTarget.Figures(20, 0, 100, null), YearActuals.NONE);

        assertFalse(progress.met());
        assertEquals(0, progress.measure(TargetProgress.ACTIVITIES).percent());
        assertTrue(progress.measure(TargetProgress.PARTICIPANTS).met(), "a minimum of 0 is met by nothing done");
        assertEquals(100, progress.measure(TargetProgress.PARTICIPANTS).percent());
    }

    @Test
    void beyondTheTargetIsCappedAtAHundredPercent() {
        TargetProgress progress = TargetProgress.of(2026, TWENTY_ACTIVITIES, new YearActuals(35, 600, 200 * 60, null));

        assertTrue(progress.met());
        assertEquals(100, progress.measure(TargetProgress.ACTIVITIES).percent());
    }

    @Test
    void negativeFiguresAndYearsOutOfRangeAreRefused() {
        Instant now = Instant.parse("2026-01-05T00:00:00Z");
        assertEquals("target.negative", assertThrows(RuleViolation.class, () -> new YearlyTarget(1, 2026,
                new YearlyTarget.Figures(-1, 0, 0, null), "admin", now)).messageKey());
        assertEquals("target.year", assertThrows(RuleViolation.class, () -> new YearlyTarget(1, 1999,
                TWENTY_ACTIVITIES, "admin", now)).messageKey());
    }

    @Test
    void aSatisfactionTargetIsMeasuredOnlyWhenAskedAndAtItsExactMean() {
        YearlyTarget.Figures fourAndAHalf = new YearlyTarget.Figures(0, 0, 0, new BigDecimal("4.5"));

        assertTrue(TargetProgress.of(2026, fourAndAHalf, new YearActuals(0, 0, 0, new BigDecimal("4.5")))
                .measure(TargetProgress.SATISFACTION).met(), "met exactly");
        TargetProgress short1 = TargetProgress.of(2026, fourAndAHalf, new YearActuals(0, 0, 0, new BigDecimal("4.4")));
        assertFalse(short1.met());
        assertEquals(97, short1.measure(TargetProgress.SATISFACTION).percent());
        assertEquals(3, TargetProgress.of(2026, TWENTY_ACTIVITIES, YearActuals.NONE).measures().size(),
                "no satisfaction measure when the target does not ask for one");
    }

    @Test
    void aYearNobodyRatedHasNotReachedASatisfactionTarget() {
        TargetProgress progress = TargetProgress.of(2026, new YearlyTarget.Figures(0, 0, 0, new BigDecimal("4.0")),
                YearActuals.NONE);

        assertFalse(progress.measure(TargetProgress.SATISFACTION).met());
        assertEquals(0, progress.measure(TargetProgress.SATISFACTION).percent());
    }

    @Test
    void aSatisfactionTargetOutsideTheScaleOrFinerThanATenthIsRefused() {
        Instant now = Instant.parse("2026-01-05T00:00:00Z");
        for (String wrong : new String[] {"0.9", "5.1", "4.25"}) {
            assertEquals("target.satisfaction", assertThrows(RuleViolation.class, () -> new YearlyTarget(1, 2026,
                    new YearlyTarget.Figures(0, 0, 0, new BigDecimal(wrong)), "admin", now)).messageKey(), wrong);
        }
    }
}
