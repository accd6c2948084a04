package org.communitypartners.massorg.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A month as a calendar shows it: whole weeks from the week's first day (Monday in China, Sunday
 * elsewhere), the days of the neighbouring months that fill the first and last week, and on each
 * day the items that start on it in Asia/Shanghai — an activity at 00:30 on the 1st, Beijing time,
 * is on the 1st, though it is still the month before in UTC.
 *
 * @param <T> what is placed on the days
 */
public record MonthGrid<T>(YearMonth month, DayOfWeek firstDayOfWeek, List<List<Day<T>>> weeks) {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** One day of the grid: its date, whether it belongs to the month shown, and its items in time order. */
    public record Day<T>(LocalDate date, boolean inMonth, List<T> items) {

        public int dayOfMonth() {
            return date.getDayOfMonth();
        }

        public DayOfWeek dayOfWeek() {
            return date.getDayOfWeek();
        }
    }

    /**
     * The month's grid with the items placed by their start; items starting outside the weeks shown
     * are left out. {@code items} may come in any order.
     */
    public static <T> MonthGrid<T> of(YearMonth month, DayOfWeek firstDayOfWeek, List<T> items,
                                      Function<T, Instant> startOf) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDayOfWeek.minus(1)));
        Map<LocalDate, List<T>> byDay = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            byDay.put(day, new ArrayList<>());
        }
        items.stream().sorted(Comparator.comparing(startOf)).forEach(item -> {
            List<T> onDay = byDay.get(startOf.apply(item).atZone(ZONE).toLocalDate());
            if (onDay != null) {
                onDay.add(item);
            }
        });
        List<List<Day<T>>> weeks = new ArrayList<>();
        List<Day<T>> week = new ArrayList<>();
        for (Map.Entry<LocalDate, List<T>> day : byDay.entrySet()) {
            week.add(new Day<>(day.getKey(), YearMonth.from(day.getKey()).equals(month), List.copyOf(day.getValue())));
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week = new ArrayList<>();
            }
        }
        return new MonthGrid<>(month, firstDayOfWeek, List.copyOf(weeks));
    }

    /** The instants the grid covers, [from, to): what to ask the database for. */
    public static Instant from(YearMonth month, DayOfWeek firstDayOfWeek) {
        return month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek)).atStartOfDay(ZONE).toInstant();
    }

    public static Instant to(YearMonth month, DayOfWeek firstDayOfWeek) {
        return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDayOfWeek.minus(1))).plusDays(1)
                .atStartOfDay(ZONE).toInstant();
    }

    /** The days of the month shown that have items: the list a phone shows instead of the grid. */
    public List<Day<T>> busyDays() {
        return weeks.stream().flatMap(List::stream).filter(d -> d.inMonth() && !d.items().isEmpty()).toList();
    }

    /** The names of the week's days in grid order, for the header row. */
    public List<DayOfWeek> weekdays() {
        List<DayOfWeek> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(firstDayOfWeek.plus(i));
        }
        return days;
    }
}
