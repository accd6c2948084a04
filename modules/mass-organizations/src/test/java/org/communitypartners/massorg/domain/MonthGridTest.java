package org.communitypartners.massorg.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MonthGridTest {
    private static final Function<Instant, Instant> SELF = Function.identity();

    private static MonthGrid<Instant> grid(String month, DayOfWeek first, Instant... items) {
        return MonthGrid.of(YearMonth.parse(month), first, List.of(items), SELF);
    }

    private static List<MonthGrid.Day<Instant>> days(MonthGrid<Instant> grid) {
        return grid.weeks().stream().flatMap(List::stream).toList();
    }

    @Test
    void weeksStartOnMondayAndFillFromTheNeighbouringMonths() {
        // August 2026 begins on a Saturday and ends on a Monday.
        MonthGrid<Instant> august = grid("2026-08", DayOfWeek.MONDAY);

        assertEquals(6, august.weeks().size());
        assertEquals(LocalDate.parse("2026-07-27"), august.weeks().get(0).get(0).date());
        assertEquals(LocalDate.parse("2026-09-06"), august.weeks().get(5).get(6).date());
        assertFalse(august.weeks().get(0).get(4).inMonth(), "31 July");
        assertTrue(august.weeks().get(0).get(5).inMonth(), "1 August");
        assertEquals(31, days(august).stream().filter(MonthGrid.Day::inMonth).count());
        august.weeks().forEach(week -> assertEquals(7, week.size()));
        assertEquals(DayOfWeek.MONDAY, august.weekdays().get(0));
        assertEquals(DayOfWeek.SUNDAY, august.weekdays().get(6));
    }

    @Test
    void weeksStartOnSundayWhenAskedSo() {
        MonthGrid<Instant> august = grid("2026-08", DayOfWeek.SUNDAY);

        assertEquals(LocalDate.parse("2026-07-26"), august.weeks().get(0).get(0).date());
        assertEquals(LocalDate.parse("2026-09-05"), august.weeks().get(5).get(6).date());
        assertEquals(DayOfWeek.SATURDAY, august.weekdays().get(6));
        assertEquals(MonthGrid.from(YearMonth.parse("2026-08"), DayOfWeek.SUNDAY),
                Instant.parse("2026-07-25T16:00:00Z"), "midnight of 26 July in Beijing");
        assertEquals(MonthGrid.to(YearMonth.parse("2026-08"), DayOfWeek.SUNDAY),
                Instant.parse("2026-09-05T16:00:00Z"), "the end of Saturday 5 September in Beijing");
    }

    @Test
    void aMonthThatFitsFourWholeWeeksHasFourRows() {
        // February 2027 begins on a Monday and has 28 days.
        MonthGrid<Instant> february = grid("2027-02", DayOfWeek.MONDAY);

        assertEquals(4, february.weeks().size());
        assertTrue(days(february).stream().allMatch(MonthGrid.Day::inMonth));
    }

    @Test
    void leapFebruaryHasItsTwentyNinthDay() {
        MonthGrid<Instant> leap = grid("2028-02", DayOfWeek.MONDAY, Instant.parse("2028-02-29T02:00:00Z"));
        MonthGrid<Instant> common = grid("2027-02", DayOfWeek.SUNDAY);

        assertEquals(29, days(leap).stream().filter(MonthGrid.Day::inMonth).count());
        MonthGrid.Day<Instant> last = days(leap).stream().filter(d -> d.date().equals(LocalDate.parse("2028-02-29")))
                .findFirst().orElseThrow();
        assertTrue(last.inMonth());
        assertEquals(1, last.items().size());
        assertEquals(28, days(common).stream().filter(MonthGrid.Day::inMonth).count());
    }

    @Test
    void activitiesFallOnTheirDayInBeijingNotInUtc() {
        Instant firstOfAprilEarly = Instant.parse("2026-03-31T16:30:00Z");  // 00:30 on 1 April in Beijing
        Instant lastOfMarchLate = Instant.parse("2026-03-31T15:59:59Z");    // 23:59:59 on 31 March in Beijing
        MonthGrid<Instant> april = grid("2026-04", DayOfWeek.MONDAY, firstOfAprilEarly, lastOfMarchLate);

        MonthGrid.Day<Instant> first = days(april).stream().filter(d -> d.date().equals(LocalDate.parse("2026-04-01")))
                .findFirst().orElseThrow();
        MonthGrid.Day<Instant> before = days(april).stream()
                .filter(d -> d.date().equals(LocalDate.parse("2026-03-31"))).findFirst().orElseThrow();
        assertEquals(List.of(firstOfAprilEarly), first.items());
        assertEquals(List.of(lastOfMarchLate), before.items());
        assertFalse(before.inMonth());
        assertEquals(List.of(first), april.busyDays(), "the phone list shows only the month's busy days");
        assertEquals(Instant.parse("2026-03-29T16:00:00Z"), MonthGrid.from(YearMonth.parse("2026-04"), DayOfWeek.MONDAY),
                "the grid starts at midnight of Monday 30 March in Beijing");
    }

    @Test
    void itemsOfADayAreInTimeOrderAndThoseOutsideTheGridAreLeftOut() {
        Instant evening = Instant.parse("2026-08-01T11:00:00Z");
        Instant morning = Instant.parse("2026-08-01T01:00:00Z");
        Instant farAway = Instant.parse("2026-12-01T01:00:00Z");
        MonthGrid<Instant> august = grid("2026-08", DayOfWeek.MONDAY, evening, farAway, morning);

        assertEquals(List.of(morning, evening), august.busyDays().get(0).items());
        assertEquals(1, august.busyDays().size());
    }
}
