package org.communitypartners.kernel.api.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HourlyAllowanceTest {
    private static final Instant NOON = Instant.parse("2026-11-28T04:00:00Z");

    @Test
    void anAddressGetsItsAllowanceAnHourAndNoMore() {
        HourlyAllowance reports = new HourlyAllowance(3);

        assertTrue(reports.take("10.0.0.7", NOON));
        assertTrue(reports.take("10.0.0.7", NOON.plusSeconds(1)));
        assertTrue(reports.take("10.0.0.7", NOON.plusSeconds(2)));
        assertFalse(reports.take("10.0.0.7", NOON.plusSeconds(3)));
        assertTrue(reports.take("10.0.0.8", NOON.plusSeconds(3)), "another address has its own");
    }

    @Test
    void theAllowanceComesBackWhenTheHourIsOver() {
        HourlyAllowance reports = new HourlyAllowance(1);
        reports.take("10.0.0.7", NOON);

        assertFalse(reports.take("10.0.0.7", NOON.plus(Duration.ofMinutes(59))));
        assertTrue(reports.take("10.0.0.7", NOON.plus(Duration.ofHours(1))));
    }

    @Test
    void manyCallersDoNotStopTheCounting() {
        HourlyAllowance lookups = new HourlyAllowance(1);
        for (int i = 0; i < 10_050; i++) {
            lookups.take("10.1." + i, NOON);
        }

        assertTrue(lookups.take("10.1.1", NOON.plus(Duration.ofHours(2))), "swept, then counted afresh");
        assertFalse(lookups.take("10.1.1", NOON.plus(Duration.ofHours(2))));
    }
}
