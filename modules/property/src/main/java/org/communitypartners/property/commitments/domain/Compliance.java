package org.communitypartners.property.commitments.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The compliance rule, in one place. A period (a week Monday–Sunday, or a calendar month) is met
 * when the check-ins in it reach the promised count — for every building, when the commitment
 * is per building. Only periods that have ended and that the commitment held for in full are
 * counted. A week belongs to the quarter (and to the range asked for) that holds its Thursday,
 * as ISO 8601 gives a week to the year of its Thursday; a quarter's compliance is periods met ÷
 * periods counted, exact.
 */
public final class Compliance {

    private Compliance() {
    }

    /** What a commitment promises and since when. */
    public record Terms(int times, Frequency frequency, Coverage coverage, LocalDate startsOn) {

        public Terms {
            Objects.requireNonNull(frequency);
            Objects.requireNonNull(coverage);
            Objects.requireNonNull(startsOn);
        }
    }

    /** A check-in as the rule needs it: its day in Shanghai and its building (null for the compound). */
    public record Visit(LocalDate day, Long buildingId) {
    }

    /** One counted period with its check-ins; {@code shortBuildings} are those below the count. */
    public record Period(LocalDate startsOn, LocalDate endsOn, int year, int quarter, boolean met, int visits,
                         List<Long> shortBuildings) {
    }

    public record Quarter(int year, int quarter, Fraction compliance) {
    }

    /**
     * The counted periods whose quarter day lies in [from, to], in order.
     *
     * @param buildings the compound's buildings, for a per-building commitment
     * @param today     the current day in Shanghai: periods not yet ended are not counted
     */
    public static List<Period> periods(Terms terms, Collection<Long> buildings, Collection<Visit> visits,
                                       LocalDate from, LocalDate to, LocalDate today) {
        List<Period> periods = new ArrayList<>();
        if (terms.coverage() == Coverage.BUILDING && buildings.isEmpty()) {
            return periods;
        }
        LocalDate start = terms.frequency() == Frequency.WEEK
                ? from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
                : from.withDayOfMonth(1);
        for (LocalDate begins = start; !begins.isAfter(to); begins = next(terms.frequency(), begins)) {
            LocalDate ends = next(terms.frequency(), begins).minusDays(1);
            LocalDate quarterDay = terms.frequency() == Frequency.WEEK ? begins.plusDays(3) : begins;
            if (quarterDay.isBefore(from) || quarterDay.isAfter(to) || begins.isBefore(terms.startsOn())
                    || !ends.isBefore(today)) {
                continue;
            }
            periods.add(period(terms, buildings, visits, begins, ends, quarterDay));
        }
        return periods;
    }

    /** Periods met ÷ periods counted, per quarter, in order. */
    public static List<Quarter> quarters(List<Period> periods) {
        Map<Integer, int[]> counts = new LinkedHashMap<>();
        for (Period p : periods) {
            int[] count = counts.computeIfAbsent(p.year() * 10 + p.quarter(), k -> new int[2]);
            count[0] += p.met() ? 1 : 0;
            count[1]++;
        }
        return counts.entrySet().stream().map(e -> new Quarter(e.getKey() / 10, e.getKey() % 10,
                new Fraction(e.getValue()[0], e.getValue()[1]))).toList();
    }

    /** The whole range as one figure: periods met ÷ periods counted. */
    public static Fraction overall(List<Period> periods) {
        return new Fraction((int) periods.stream().filter(Period::met).count(), periods.size());
    }

    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    private static Period period(Terms terms, Collection<Long> buildings, Collection<Visit> visits, LocalDate begins,
                                 LocalDate ends, LocalDate quarterDay) {
        Map<Long, Integer> counted = new LinkedHashMap<>();
        if (terms.coverage() == Coverage.BUILDING) {
            buildings.forEach(b -> counted.put(b, 0));
        }
        int compound = 0;
        for (Visit visit : visits) {
            if (visit.day().isBefore(begins) || visit.day().isAfter(ends)) {
                continue;
            }
            compound++;
            if (visit.buildingId() != null) {
                counted.computeIfPresent(visit.buildingId(), (b, n) -> n + 1);
            }
        }
        List<Long> shortBuildings = counted.entrySet().stream().filter(e -> e.getValue() < terms.times())
                .map(Map.Entry::getKey).toList();
        boolean met = terms.coverage() == Coverage.BUILDING ? shortBuildings.isEmpty() : compound >= terms.times();
        return new Period(begins, ends, quarterDay.getYear(), quarterOf(quarterDay), met, compound, shortBuildings);
    }

    private static LocalDate next(Frequency frequency, LocalDate begins) {
        return frequency == Frequency.WEEK ? begins.plusWeeks(1) : begins.plusMonths(1);
    }
}
