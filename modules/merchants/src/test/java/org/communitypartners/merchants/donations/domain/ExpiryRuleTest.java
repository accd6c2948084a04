package org.communitypartners.merchants.donations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiryRuleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void exactlyThirtyDaysBeforeExpiryIsDueSoon() {
        assertEquals(Optional.of(ExpiryThreshold.DUE_SOON), ExpiryRule.reached(TODAY.plusDays(30), TODAY));
    }

    @Test
    void thirtyOneDaysBeforeExpiryIsNotDueYet() {
        assertEquals(Optional.empty(), ExpiryRule.reached(TODAY.plusDays(31), TODAY));
    }

    @Test
    void theLastGoodDayIsStillDueSoonAndTheDayAfterItHasExpired() {
        assertEquals(Optional.of(ExpiryThreshold.DUE_SOON), ExpiryRule.reached(TODAY, TODAY));
        assertEquals(Optional.of(ExpiryThreshold.EXPIRED), ExpiryRule.reached(TODAY.minusDays(1), TODAY));
        assertEquals(Optional.of(ExpiryThreshold.EXPIRED), ExpiryRule.reached(TODAY.minusYears(1), TODAY));
    }

    @Test
    void theDailyJobLooksAtPlacementsUpToThirtyDaysAhead() {
        assertEquals(LocalDate.of(2026, 12, 28), ExpiryRule.dueUpTo(TODAY));
        assertEquals(30, ExpiryRule.daysLeft(TODAY.plusDays(30), TODAY));
        assertEquals(-2, ExpiryRule.daysLeft(TODAY.minusDays(2), TODAY));
    }
}
