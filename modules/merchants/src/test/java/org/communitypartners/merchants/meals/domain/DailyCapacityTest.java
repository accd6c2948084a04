package org.communitypartners.merchants.meals.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class DailyCapacityTest {

    @Test
    void theLastMealOfTheDayCanStillBeOrdered() {
        DailyCapacity day = new DailyCapacity(60, 59);
        assertEquals(1, day.remaining());
        assertDoesNotThrow(() -> day.requireRoom("天福社区老年助餐点"));
    }

    @Test
    void aFullDayRefusesTheNextOrder() {
        RuleViolation full = assertThrows(RuleViolation.class, () -> new DailyCapacity(60, 60).requireRoom("天福社区老年助餐点"));
        assertEquals("meal.full", full.messageKey());
        assertEquals("天福社区老年助餐点", full.arguments()[0]);
        assertEquals(0, new DailyCapacity(60, 61).remaining(), "a lowered capacity never shows negative room");
    }
}
