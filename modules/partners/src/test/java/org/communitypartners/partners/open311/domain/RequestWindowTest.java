package org.communitypartners.partners.open311.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class RequestWindowTest {
    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");

    @Test
    void withoutDatesTheWindowIsTheNinetyDaysUpToNow() {
        RequestWindow window = RequestWindow.of(null, null, NOW);

        assertEquals(NOW.minus(Duration.ofDays(90)), window.from());
        assertEquals(NOW, window.to());
    }

    @Test
    void oneDateReachesNinetyDaysTowardsTheOtherSide() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");

        assertEquals(start.plus(Duration.ofDays(90)), RequestWindow.of(start, null, NOW).to());
        assertEquals(start.minus(Duration.ofDays(90)), RequestWindow.of(null, start, NOW).from());
    }

    @Test
    void exactlyNinetyDaysIsAllowedAndOneSecondMoreIsNot() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Instant end = start.plus(Duration.ofDays(90));

        assertEquals(new RequestWindow(start, end), RequestWindow.of(start, end, NOW));
        RuleViolation tooLong = assertThrows(RuleViolation.class,
                () -> RequestWindow.of(start, end.plusSeconds(1), NOW));
        assertEquals("open311.dateSpan", tooLong.messageKey());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        RuleViolation backwards = assertThrows(RuleViolation.class,
                () -> RequestWindow.of(NOW, NOW.minusSeconds(1), NOW));

        assertEquals("open311.dateOrder", backwards.messageKey());
    }
}
