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
import org.communitypartners.merchants.offers.domain.BenefitFigures.Totals;
import org.junit.jupiter.api.Test;

class BenefitFiguresTest {
    private static final Quarter Q3 = new Quarter(2026, 3);

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
        assertTrue(new CaringMark(7, true, end.minusSeconds(1), null).caringAt(end));
        assertFalse(new CaringMark(7, true, end, null).caringAt(end), "marked at the first instant of the next quarter");
        assertTrue(new CaringMark(7, false, end.minusSeconds(60), end).caringAt(end), "withdrawn only after the end");
        assertFalse(new CaringMark(7, false, end.minusSeconds(60), end.minusSeconds(1)).caringAt(end));
        assertFalse(new CaringMark(7, false, null, null).caringAt(end));
    }

    @Test
    void caringMerchantsAreCountedPerCommunity() {
        Instant before = Q3.start();
        Map<Long, Long> counts = BenefitFigures.caringAtEnd(List.of(
                new CaringMark(7, true, before, null),
                new CaringMark(7, true, before, null),
                new CaringMark(8, true, Q3.end(), null),
                new CaringMark(9, false, before, before.plusSeconds(5))), Q3);
        assertEquals(Map.of(7L, 2L), counts);
    }
}
