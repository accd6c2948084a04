package org.communitypartners.property.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LedgerTotalsTest {
    private final LedgerFixture ledger = LedgerFixture.twoQuarters();

    @Test
    void aQuarterAddsUpByCategoryAndSideWithPublicRevenueApart() {
        StatementSeal q3 = ledger.seals.get(0);
        assertEquals(new BigDecimal("10000.00"), q3.opening());
        assertEquals(new BigDecimal("99200.50"), q3.income());
        assertEquals(new BigDecimal("51000.00"), q3.expense());
        assertEquals(new BigDecimal("58200.50"), q3.closing());
        LedgerTotals totals = LedgerTotals.of(q3.opening(), ledger.links.subList(0, 4).stream()
                .map(ChainLink::content).toList());
        assertEquals(new BigDecimal("12800.50"), totals.publicRevenue());
        assertEquals(new BigDecimal("9000.00"), totals.byCategory().get(LedgerCategory.CLEANING));
    }

    @Test
    void theNextQuarterOpensOnTheClosingAndAReversalTakesItsOriginalOut() {
        StatementSeal q4 = ledger.seals.get(1);
        assertEquals(ledger.seals.get(0).closing(), q4.opening());
        LedgerTotals totals = LedgerTotals.of(q4.opening(), ledger.links.subList(4, 7).stream()
                .map(ChainLink::content).toList());
        assertEquals(new BigDecimal("-9000.00"), totals.byCategory().get(LedgerCategory.CLEANING));
        assertEquals(new BigDecimal("85000.00"), q4.income());
        assertEquals(new BigDecimal("-2700.00"), q4.expense());
        assertEquals(new BigDecimal("145900.50"), q4.closing());
        assertEquals(3L, ledger.links.get(5).content().reverses());
    }
}
