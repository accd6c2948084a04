package org.communitypartners.partners.open311.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class Open311TimeTest {

    @Test
    void timesAreWrittenInShanghaiWithTheirOffsetToTheSecond() {
        assertEquals("2026-11-03T10:15:30+08:00", Open311Time.format(Instant.parse("2026-11-03T02:15:30.987Z")));
    }

    @Test
    void anyOffsetZuluALocalTimeOrADateIsRead() {
        Instant expected = Instant.parse("2026-11-03T02:15:30Z");

        assertEquals(expected, Open311Time.parse("start_date", "2026-11-03T10:15:30+08:00"));
        assertEquals(expected, Open311Time.parse("start_date", "2026-11-03T02:15:30Z"));
        assertEquals(expected, Open311Time.parse("start_date", "2026-11-03T10:15:30"));
        assertEquals(Instant.parse("2026-11-02T16:00:00Z"), Open311Time.parse("start_date", "2026-11-03"));
    }

    @Test
    void aPlusDecodedToASpaceInAQueryStringStillReadsAsAnOffset() {
        assertEquals(Instant.parse("2026-11-03T02:15:30Z"),
                Open311Time.parse("end_date", "2026-11-03T10:15:30 08:00"));
    }

    @Test
    void absentIsNullAndGarbageNamesTheParameter() {
        assertNull(Open311Time.parse("start_date", " "));
        RuleViolation bad = assertThrows(RuleViolation.class, () -> Open311Time.parse("end_date", "yesterday"));
        assertEquals("open311.badDate", bad.messageKey());
        assertEquals("end_date", bad.arguments()[0]);
    }
}
