package org.communitypartners.partners.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.communitypartners.partners.api.ComplaintCount;
import org.communitypartners.partners.orders.domain.WorkOrderRepository.PartnerFigures;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    private static final LocalDate TO = LocalDate.of(2026, 9, 30);

    @Test
    void sharesAndMeansFromHandCountedFigures() {
        Scorecard card = Scorecard.of(FROM, TO, new PartnerFigures(12, 9, 6, 7, 150.0, 4.25, 4, 2));

        assertEquals(12, card.taken());
        assertEquals(9, card.resolved());
        assertEquals(7, card.confirmed());
        assertEquals(66.7, card.onTimePercent(), "6 of 9 resolved in time");
        assertEquals(2.5, card.meanHoursToResolve());
        assertEquals(4.3, card.meanRating());
        assertEquals(2, card.complaints());
    }

    @Test
    void nothingToMeasureIsAbsentNotZero() {
        Scorecard card = Scorecard.of(FROM, TO, new PartnerFigures(3, 0, 0, 0, null, null, 0, 0));

        assertNull(card.onTimePercent());
        assertNull(card.meanHoursToResolve());
        assertNull(card.meanRating());
    }

    @Test
    void complaintRateIsPerHundredHouseholdsAndAbsentWithoutHouseholds() {
        ComplaintCount count = new ComplaintCount(3, 2026, 3, 6);

        assertEquals(1.5, count.perHundredHouseholds(400));
        assertNull(count.perHundredHouseholds(0));
        assertEquals(0.0, new ComplaintCount(3, 2026, 3, 0).perHundredHouseholds(400));
    }
}
