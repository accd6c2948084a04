package org.communitypartners.property.indicators.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.property.commitments.domain.Compliance.Terms;
import org.communitypartners.property.commitments.domain.Compliance.Visit;
import org.communitypartners.property.commitments.domain.Coverage;
import org.communitypartners.property.commitments.domain.Fraction;
import org.communitypartners.property.commitments.domain.Frequency;
import org.communitypartners.property.indicators.domain.CommitmentQuarters.CompoundQuarter;
import org.communitypartners.property.indicators.domain.PropertyFigures.PromisedService;
import org.junit.jupiter.api.Test;

class CommitmentQuartersTest {
    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 1);
    private static final LocalDate LATER = LocalDate.of(2027, 1, 1);
    private static final PromisedService CLEANING = new PromisedService(1, 50,
            new Terms(2, Frequency.WEEK, Coverage.COMPOUND, SINCE), List.of());
    private static final PromisedService GREENING = new PromisedService(2, 50,
            new Terms(1, Frequency.MONTH, Coverage.COMPOUND, SINCE), List.of());

    /** Twice on each Thursday of the quarter (2 July … 24 September: 13 weeks), but once in one week and never in another. */
    private static List<Visit> cleaning() {
        List<Visit> visits = new ArrayList<>();
        for (LocalDate thursday = LocalDate.of(2026, 7, 2); thursday.isBefore(LocalDate.of(2026, 10, 1));
             thursday = thursday.plusWeeks(1)) {
            if (!thursday.equals(LocalDate.of(2026, 8, 13))) {
                visits.add(new Visit(thursday, null));
            }
            if (!thursday.equals(LocalDate.of(2026, 8, 13)) && !thursday.equals(LocalDate.of(2026, 9, 3))) {
                visits.add(new Visit(thursday.plusDays(1), null));
            }
        }
        return visits;
    }

    @Test
    void itemsOfACompoundPoolPeriodsMetOverPeriodsCounted() {
        List<CompoundQuarter> pooled = CommitmentQuarters.pooled(List.of(CLEANING, GREENING),
                Map.of(1L, cleaning(), 2L, List.of(new Visit(LocalDate.of(2026, 7, 9), null),
                        new Visit(LocalDate.of(2026, 8, 20), null))), Q3, Q3, LATER);

        // weeks 11 of 13, months 2 of 3: 13 of 16 periods, not the mean of 84.6 % and 66.7 %
        assertEquals(List.of(new CompoundQuarter(50, Q3, new Fraction(13, 16))), pooled);
    }

    @Test
    void periodsNotYetOverAreNotCountedAndAQuarterWithNoneHasNoFigure() {
        LocalDate midAugust = LocalDate.of(2026, 8, 15);
        List<CompoundQuarter> pooled = CommitmentQuarters.pooled(List.of(CLEANING), Map.of(1L, cleaning()),
                Q3, Q3, midAugust);
        // weeks of 2 July … 6 August are over by 15 August (the week of 13 August ends on the 16th)
        assertEquals(List.of(new CompoundQuarter(50, Q3, new Fraction(6, 6))), pooled);

        assertTrue(CommitmentQuarters.pooled(List.of(CLEANING), Map.of(), new Quarter(2025, 1), new Quarter(2025, 4),
                LATER).isEmpty(), "before the commitment started nothing is counted");
        assertTrue(CommitmentQuarters.pooled(List.of(), Map.of(), Q3, Q3, LATER).isEmpty());
    }

    @Test
    void aQuarterWithoutCheckInsIsCountedAsNoneMet() {
        assertEquals(List.of(new CompoundQuarter(50, Q3, new Fraction(0, 3))),
                CommitmentQuarters.pooled(List.of(GREENING), Map.of(), Q3, Q3, LATER));
    }

    @Test
    void eachItemsShareAddsUpToItsCompoundsPooledFigure() {
        Map<Long, List<Visit>> visits = Map.of(1L, cleaning(), 2L, List.of(new Visit(LocalDate.of(2026, 7, 9), null)));
        Fraction cleaning = CommitmentQuarters.item(CLEANING, visits.get(1L), Q3, LATER);
        Fraction greening = CommitmentQuarters.item(GREENING, visits.get(2L), Q3, LATER);

        assertEquals(new Fraction(11, 13), cleaning);
        assertEquals(new Fraction(1, 3), greening);
        assertEquals(List.of(new CompoundQuarter(50, Q3, new Fraction(12, 16))),
                CommitmentQuarters.pooled(List.of(CLEANING, GREENING), visits, Q3, Q3, LATER));
    }

    @Test
    void anItemCountsOnlyTheWeeksOfItsQuarterThatAreOver() {
        // the week of 29 June … 5 July is Q3's (its Thursday is 2 July); by 15 August six weeks are over
        assertEquals(new Fraction(6, 6), CommitmentQuarters.item(CLEANING, cleaning(), Q3, LocalDate.of(2026, 8, 15)));
        assertEquals(new Fraction(0, 0), CommitmentQuarters.item(CLEANING, cleaning(), new Quarter(2025, 4), LATER));
    }
}
