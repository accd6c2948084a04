package org.communitypartners.merchants.offers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.merchants.offers.domain.BenefitFigures.CaringMark;
import org.communitypartners.merchants.offers.domain.BenefitFigures.CommunityMonthRow;
import org.communitypartners.merchants.offers.domain.BenefitFigures.Listing;
import org.communitypartners.merchants.offers.domain.BenefitFigures.Totals;
import org.junit.jupiter.api.Test;

class BenefitFiguresTest {
    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final List<Listing> NEVER_CHANGED = List.of();
    private static final Instant END = Q3.end();
    private static final Instant MARKED = Q3.start().minusSeconds(86_400);

    @Test
    void monthsAddUpIntoTheirQuarterPerCommunity() {
        Map<Quarter, Map<Long, Totals>> quarters = BenefitFigures.byQuarter(List.of(
                new CommunityMonthRow(7, "2026-07", 10, new BigDecimal("100.00")),
                new CommunityMonthRow(7, "2026-09", 5, new BigDecimal("25.50")),
                new CommunityMonthRow(8, "2026-09", 1, new BigDecimal("4.00")),
                new CommunityMonthRow(7, "2026-10", 2, new BigDecimal("20.00"))));
        assertEquals(new Totals(15, new BigDecimal("125.50")), quarters.get(Q3).get(7L));
        assertEquals(new Totals(1, new BigDecimal("4.00")), quarters.get(Q3).get(8L));
        assertEquals(new Totals(2, new BigDecimal("20.00")), quarters.get(Q3.next()).get(7L));
        assertEquals(2, quarters.size());
    }

    @Test
    void aMerchantIsCaringAtTheQuartersEndWhenMarkedBeforeItAndNotWithdrawnBeforeIt() {
        Instant end = Q3.end();
        assertTrue(new CaringMark(7, true, end.minusSeconds(1), null, NEVER_CHANGED).caringAt(end));
        assertFalse(new CaringMark(7, true, end, null, NEVER_CHANGED).caringAt(end), "marked at the first instant of the next quarter");
        assertTrue(new CaringMark(7, false, end.minusSeconds(60), end, NEVER_CHANGED).caringAt(end), "withdrawn only after the end");
        assertFalse(new CaringMark(7, false, end.minusSeconds(60), end.minusSeconds(1), NEVER_CHANGED).caringAt(end));
        assertFalse(new CaringMark(7, false, null, null, NEVER_CHANGED).caringAt(end));
    }

    @Test
    void caringMerchantsAreCountedPerCommunity() {
        Instant before = Q3.start();
        Map<Long, Long> counts = BenefitFigures.caringAtEnd(List.of(
                new CaringMark(7, true, before, null, NEVER_CHANGED),
                new CaringMark(7, true, before, null, NEVER_CHANGED),
                new CaringMark(8, true, Q3.end(), null, NEVER_CHANGED),
                new CaringMark(9, false, before, before.plusSeconds(5), NEVER_CHANGED)), Q3);
        assertEquals(Map.of(7L, 2L), counts);
    }

    @Test
    void aMerchantWhosePartnerIsSuspendedBeforeTheQuartersEndIsNotCounted() {
        assertFalse(markedWith(new Listing(true, MARKED), new Listing(false, END.minusSeconds(1))).caringAt(END));
    }

    @Test
    void aMerchantSuspendedAndReinstatedBeforeTheQuartersEndIsCounted() {
        assertTrue(markedWith(new Listing(false, Q3.start()), new Listing(true, END.minusSeconds(1))).caringAt(END));
    }

    @Test
    void aMerchantSuspendedOnlyFromTheQuartersEndOnIsCounted() {
        assertTrue(markedWith(new Listing(true, MARKED), new Listing(false, END)).caringAt(END),
                "suspended at the first instant of the next quarter");
        assertTrue(markedWith(new Listing(false, END.plusSeconds(3600))).caringAt(END));
    }

    @Test
    void aMerchantWhosePartnershipEndedIsNotCountedInLaterQuarters() {
        CaringMark ended = markedWith(new Listing(false, Q3.start().plusSeconds(60)));
        assertFalse(ended.caringAt(END));
        assertFalse(ended.caringAt(Q3.next().end()));
        assertTrue(ended.caringAt(Q3.start()), "the quarter before, it was still a partner");
    }

    @Test
    void aMerchantWithNoListingHistoryIsListed() {
        assertTrue(markedWith().caringAt(END));
    }

    @Test
    void changesAtTheSameInstantCountInTheOrderTheyWereMade() {
        Instant at = END.minusSeconds(1);
        assertTrue(markedWith(new Listing(false, at), new Listing(true, at)).caringAt(END));
        assertFalse(markedWith(new Listing(true, at), new Listing(false, at)).caringAt(END));
    }

    @Test
    void anUnlistedMerchantIsLeftOutOfItsCommunitysCount() {
        Map<Long, Long> counts = BenefitFigures.caringAtEnd(List.of(
                new CaringMark(7, true, MARKED, null, NEVER_CHANGED),
                new CaringMark(7, true, MARKED, null, List.of(new Listing(false, MARKED.plusSeconds(60))))), Q3);
        assertEquals(Map.of(7L, 1L), counts);
    }

    /** Marked before the quarter and never withdrawn, with the listing history given. */
    private static CaringMark markedWith(Listing... listing) {
        return new CaringMark(7, true, MARKED, null, List.of(listing));
    }
}
