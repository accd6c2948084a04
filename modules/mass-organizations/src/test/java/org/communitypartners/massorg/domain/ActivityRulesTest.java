package org.communitypartners.massorg.domain;

import java.time.Instant;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityRulesTest {
    private static final Instant OPENS = Instant.parse("2026-07-20T00:00:00Z");
    private static final Instant START = Instant.parse("2026-07-30T11:00:00Z");
    private static final Instant END = Instant.parse("2026-07-30T13:00:00Z");

    private static String refusal(Instant startsAt, Instant endsAt, int capacity, Instant opensAt, Instant closesAt) {
        return assertThrows(RuleViolation.class,
                () -> ActivityRules.requireSchedule(startsAt, endsAt, capacity, opensAt, closesAt)).messageKey();
    }

    @Test
    void registrationMayCloseExactlyAtTheStartButNotAfter() {
        ActivityRules.requireSchedule(START, END, 50, OPENS, START);
        assertEquals("activity.windowAfterStart", refusal(START, END, 50, OPENS, START.plusSeconds(1)));
    }

    @Test
    void capacityMustBePositive() {
        assertEquals("activity.capacityPositive", refusal(START, END, 0, OPENS, START));
        ActivityRules.requireSchedule(START, END, 1, OPENS, START);
    }

    @Test
    void timesMustRunForwards() {
        assertEquals("activity.endsBeforeStart", refusal(START, START, 5, OPENS, START));
        assertEquals("activity.windowBackwards", refusal(START, END, 5, OPENS, OPENS));
        assertEquals("activity.timesRequired", refusal(null, END, 5, OPENS, START));
    }

    @Test
    void theWindowIncludesItsOpeningAndExcludesItsClosing() {
        assertFalse(ActivityRules.windowOpen(OPENS, START, OPENS.minusNanos(1)));
        assertTrue(ActivityRules.windowOpen(OPENS, START, OPENS));
        assertTrue(ActivityRules.windowOpen(OPENS, START, START.minusNanos(1)));
        assertFalse(ActivityRules.windowOpen(OPENS, START, START));
    }

    @Test
    void registrationCodesAreReadBackWithOrWithoutDashesInAnyCase() {
        String code = AccessCode.next();
        assertEquals(code, AccessCode.normalise(code.substring(0, 5).toLowerCase() + "-" + code.substring(5))
                .orElseThrow());
        assertTrue(AccessCode.normalise("0OIL123456").isEmpty(), "look-alike characters never appear");
    }
}
