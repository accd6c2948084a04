package org.communitypartners.merchants.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
    private static final OpeningHours.Wording CHINESE = new OpeningHours.Wording(Map.of(
            DayOfWeek.MONDAY, "周一", DayOfWeek.TUESDAY, "周二", DayOfWeek.WEDNESDAY, "周三", DayOfWeek.THURSDAY, "周四",
            DayOfWeek.FRIDAY, "周五", DayOfWeek.SATURDAY, "周六", DayOfWeek.SUNDAY, "周日"),
            "{0}至{1}", "、", "；", "、", "每天", "休息");
    private static final OpeningHours.Wording ENGLISH = new OpeningHours.Wording(Map.of(
            DayOfWeek.MONDAY, "Mon", DayOfWeek.TUESDAY, "Tue", DayOfWeek.WEDNESDAY, "Wed", DayOfWeek.THURSDAY, "Thu",
            DayOfWeek.FRIDAY, "Fri", DayOfWeek.SATURDAY, "Sat", DayOfWeek.SUNDAY, "Sun"),
            "{0}–{1}", ", ", "; ", ", ", "Daily", "closed");

    private static OpeningHours week(String weekdays, String saturday, String sunday) {
        Map<DayOfWeek, String> typed = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            typed.put(day, day == DayOfWeek.SATURDAY ? saturday : day == DayOfWeek.SUNDAY ? sunday : weekdays);
        }
        return OpeningHours.of(typed);
    }

    private static String refusal(String typed) {
        return assertThrows(RuleViolation.class, () -> OpeningHours.of(Map.of(DayOfWeek.MONDAY, typed))).messageKey();
    }

    @Test
    void consecutiveDaysWithTheSameHoursReadAsOneGroup() {
        OpeningHours hours = week("08:00-12:00,14:00-18:00", "09:00-17:00", "");
        assertEquals("周一至周五 08:00–12:00、14:00–18:00；周六 09:00–17:00；周日 休息", hours.readable(CHINESE));
        assertEquals("Mon–Fri 08:00–12:00, 14:00–18:00; Sat 09:00–17:00; Sun closed", hours.readable(ENGLISH));
    }

    @Test
    void twoDaysAreListedNotRanged() {
        assertEquals("周一至周五 09:00–18:00；周六、周日 休息", week("09:00-18:00", null, " ").readable(CHINESE));
    }

    @Test
    void theSameHoursAllWeekReadAsEveryDay() {
        assertEquals("每天 08:00–20:00", week("8:00-20:00", "08:00–20:00", "08:00～20:00").readable(CHINESE));
        assertEquals("Daily 00:00–24:00", week("00:00-24:00", "00:00-24:00", "00:00-24:00").readable(ENGLISH));
    }

    @Test
    void closedAllWeekReadsAsClosedGroupAndStoresNothing() {
        OpeningHours closed = OpeningHours.of(Map.of());
        assertTrue(closed.isClosedAllWeek());
        assertEquals("周一至周日 休息", closed.readable(CHINESE));
        assertEquals("", closed.stored());
    }

    @Test
    void storedFormReadsBackTheSame() {
        OpeningHours hours = week("08:00-12:00,14:00-18:00", "09:00-24:00", "");
        String stored = hours.stored();
        assertEquals("MONDAY=08:00-12:00,14:00-18:00", stored.substring(0, stored.indexOf(';')));
        assertEquals(hours, OpeningHours.fromStored(stored));
        assertTrue(stored.length() <= OpeningHours.STORED_LENGTH);
        assertEquals("09:00-24:00", OpeningHours.fromStored(stored).typed(DayOfWeek.SATURDAY));
        assertEquals("", OpeningHours.fromStored(stored).typed(DayOfWeek.SUNDAY));
    }

    @Test
    void openFromTheStartUntilJustBeforeTheEnd() {
        OpeningHours hours = week("08:00-12:00,14:00-18:00", "", "");
        assertTrue(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(8, 0)));
        assertTrue(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(11, 59)));
        assertFalse(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(12, 0)), "lunch break");
        assertFalse(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(7, 59)));
        assertFalse(hours.isOpen(DayOfWeek.SATURDAY, LocalTime.of(10, 0)));
        assertTrue(week("00:00-24:00", "", "").isOpen(DayOfWeek.MONDAY, LocalTime.of(23, 59, 59)));
    }

    @Test
    void badSpansAreRefusedWithTheReason() {
        assertEquals("hours.format", refusal("8点到18点"));
        assertEquals("hours.format", refusal("25:00-26:00"));
        assertEquals("hours.format", refusal("08:00-18:61"));
        assertEquals("hours.format", refusal("24:00-24:00"), "24:00 ends a day, it does not start one");
        assertEquals("hours.endBeforeStart", refusal("18:00-08:00"));
        assertEquals("hours.endBeforeStart", refusal("08:00-08:00"));
        assertEquals("hours.overlap", refusal("08:00-12:00,11:00-18:00"));
        assertEquals("hours.overlap", refusal("14:00-18:00,08:00-12:00"));
        assertEquals("hours.tooMany", refusal("06:00-07:00,08:00-09:00,10:00-11:00,12:00-13:00"));
    }

    @Test
    void spansMayTouchAndAcceptChinesePunctuation() {
        OpeningHours hours = OpeningHours.of(Map.of(DayOfWeek.MONDAY, "08:00-12:00，12:00-13:00；14:00 - 18:00"));
        assertEquals(3, hours.on(DayOfWeek.MONDAY).size());
    }
}
