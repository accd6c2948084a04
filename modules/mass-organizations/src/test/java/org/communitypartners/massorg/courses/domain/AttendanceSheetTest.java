package org.communitypartners.massorg.courses.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class AttendanceSheetTest {

    @Test
    void everyoneOnTheRosterIsPresentOrAbsent() {
        AttendanceSheet sheet = AttendanceSheet.of(List.of(1L, 2L, 3L, 4L), List.of(2L, 4L, 1L));

        assertEquals(3, sheet.present());
        assertEquals(1, sheet.absent());
        assertEquals(75, sheet.percentPresent());
        assertFalse(sheet.marks().get(3L));
        assertTrue(sheet.marks().get(4L));
    }

    @Test
    void aPersonTickedTwiceCountsOnce() {
        AttendanceSheet sheet = AttendanceSheet.of(List.of(1L, 2L, 3L), List.of(2L, 2L));

        assertEquals(1, sheet.present());
        assertEquals(2, sheet.absent());
        assertEquals(33, sheet.percentPresent(), "rounded down");
    }

    @Test
    void aTickForSomeoneNotOnTheRosterIsRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> AttendanceSheet.of(List.of(1L, 2L), List.of(1L, 9L)));
        assertEquals("attendance.notOnRoster", refused.messageKey());
    }

    @Test
    void nobodyTickedMeansEveryoneAbsentAndAnEmptyRosterCountsNothing() {
        AttendanceSheet none = AttendanceSheet.of(List.of(1L, 2L), List.of());
        assertEquals(0, none.present());
        assertEquals(2, none.absent());
        AttendanceSheet empty = AttendanceSheet.of(List.of(), List.of());
        assertEquals(0, empty.present());
        assertEquals(0, empty.absent());
        assertEquals(0, empty.percentPresent());
    }
}
