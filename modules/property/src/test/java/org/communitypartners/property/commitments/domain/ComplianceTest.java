package org.communitypartners.property.commitments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitypartners.property.commitments.domain.Compliance.Period;
import org.communitypartners.property.commitments.domain.Compliance.Quarter;
import org.communitypartners.property.commitments.domain.Compliance.Terms;
import org.communitypartners.property.commitments.domain.Compliance.Visit;
import org.junit.jupiter.api.Test;

class ComplianceTest {
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate LATER = LocalDate.of(2027, 6, 1);
    private static final Terms TWICE_PER_BUILDING = new Terms(2, Frequency.WEEK, Coverage.BUILDING,
            LocalDate.of(2026, 1, 1));
    private static final Terms TWICE_FOR_COMPOUND = new Terms(2, Frequency.WEEK, Coverage.COMPOUND,
            LocalDate.of(2026, 1, 1));

    private static List<Visit> visits(LocalDate day, Long building, int times) {
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            visits.add(new Visit(day, building));
        }
        return visits;
    }

    private static Period week(Terms terms, List<Long> buildings, List<Visit> visits) {
        List<Period> periods = Compliance.periods(terms, buildings, visits, MONDAY, MONDAY.plusDays(6), LATER);
        assertEquals(1, periods.size());
        return periods.get(0);
    }

    @Test
    void aWeekExactlyAtTheCountIsMet() {
        Period week = week(TWICE_FOR_COMPOUND, List.of(), visits(MONDAY.plusDays(6), null, 2));
        assertTrue(week.met());
        assertEquals(2, week.visits());
    }

    @Test
    void aWeekOneShortIsNotMet() {
        List<Visit> visits = new ArrayList<>(visits(MONDAY, null, 1));
        visits.addAll(visits(MONDAY.minusDays(1), null, 5));
        visits.addAll(visits(MONDAY.plusDays(7), null, 5));
        Period week = week(TWICE_FOR_COMPOUND, List.of(), visits);
        assertFalse(week.met(), "check-ins of the Sunday before and the Monday after do not count");
        assertEquals(1, week.visits());
    }

    @Test
    void aPerBuildingWeekNeedsTheCountInEveryBuilding() {
        List<Visit> visits = new ArrayList<>(visits(MONDAY, 1L, 2));
        visits.addAll(visits(MONDAY.plusDays(3), 2L, 1));
        visits.addAll(visits(MONDAY.plusDays(3), 3L, 5));
        Period week = week(TWICE_PER_BUILDING, List.of(1L, 2L), visits);
        assertFalse(week.met(), "building 2 is one short; building 3 is not the compound's");
        assertEquals(List.of(2L), week.shortBuildings());

        visits.add(new Visit(MONDAY.plusDays(6), 2L));
        assertTrue(week(TWICE_PER_BUILDING, List.of(1L, 2L), visits).met());
    }

    @Test
    void aPerBuildingCommitmentWithoutBuildingsGivesNoFigure() {
        assertTrue(Compliance.periods(TWICE_PER_BUILDING, List.of(), visits(MONDAY, null, 9), MONDAY,
                MONDAY.plusDays(6), LATER).isEmpty());
    }

    @Test
    void aWeekCrossingAQuarterEdgeBelongsToTheQuarterOfItsThursday() {
        LocalDate september28 = LocalDate.of(2026, 9, 28);
        LocalDate june29 = LocalDate.of(2026, 6, 29);
        List<Visit> visits = new ArrayList<>(visits(september28, null, 2));
        visits.addAll(visits(june29.plusDays(2), null, 2));
        List<Period> q3 = Compliance.periods(TWICE_FOR_COMPOUND, List.of(), visits, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30), LATER);
        assertEquals(june29, q3.get(0).startsOn(), "Mon 29 June – Sun 5 July: Thursday 2 July is in Q3");
        assertEquals(LocalDate.of(2026, 9, 21), q3.get(q3.size() - 1).startsOn(),
                "Mon 28 September – Sun 4 October: Thursday 1 October is in Q4");
        assertEquals(13, q3.size());
        List<Period> q4 = Compliance.periods(TWICE_FOR_COMPOUND, List.of(), visits, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), LATER);
        assertEquals(september28, q4.get(0).startsOn());
        assertEquals(4, q4.get(0).quarter());
        assertTrue(q4.get(0).met());

        List<Period> year = Compliance.periods(TWICE_FOR_COMPOUND, List.of(), visits, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31), LATER);
        // 2026 has 53 ISO weeks: its fourth quarter has 14.
        List<Quarter> quarters = Compliance.quarters(year);
        assertEquals(List.of(new Quarter(2026, 3, new Fraction(1, 13)), new Quarter(2026, 4, new Fraction(1, 14))),
                quarters);
    }

    @Test
    void quarterComplianceIsWeeksMetOverWeeksExactly() {
        Fraction twoThirds = new Fraction(2, 3);
        assertEquals(Optional.of(new BigDecimal("66.67")), twoThirds.percent());
        assertEquals(Optional.empty(), new Fraction(0, 0).percent(), "no week counted: no figure");
        assertTrue(new Fraction(13, 13).isWhole());
    }

    @Test
    void onlyEndedWeeksTheCommitmentHeldForInFullAreCounted() {
        Terms fromWednesday = new Terms(1, Frequency.WEEK, Coverage.COMPOUND, MONDAY.plusDays(2));
        List<Period> periods = Compliance.periods(fromWednesday, List.of(), List.of(), MONDAY,
                MONDAY.plusDays(27), MONDAY.plusDays(14));
        assertEquals(List.of(MONDAY.plusDays(7)), periods.stream().map(Period::startsOn).toList(),
                "the week it began in is partial; the week of 'today' has not ended; later weeks are to come");
    }

    @Test
    void aMonthlyCommitmentIsMeasuredPerCalendarMonth() {
        Terms monthly = new Terms(4, Frequency.MONTH, Coverage.COMPOUND, LocalDate.of(2026, 1, 1));
        List<Visit> visits = new ArrayList<>(visits(LocalDate.of(2026, 10, 31), null, 4));
        visits.addAll(visits(LocalDate.of(2026, 11, 30), null, 3));
        List<Period> months = Compliance.periods(monthly, List.of(), visits, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15));
        assertEquals(2, months.size(), "December has not ended");
        assertTrue(months.get(0).met());
        assertFalse(months.get(1).met());
        assertEquals(new Fraction(1, 2), Compliance.overall(months));
    }
}
