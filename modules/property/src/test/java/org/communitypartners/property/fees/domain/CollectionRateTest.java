package org.communitypartners.property.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CollectionRateTest {

    @Test
    void byAmountAndByHouseholdsAreSeparateFigures() {
        // 3 units billed 100 each; one paid in full, one half, one nothing: 150/300 by amount, 1/3 by households.
        CollectionRate rate = CollectionRate.of(new BigDecimal("300.00"), new BigDecimal("150.00"), 3, 1);
        assertTrue(rate.hasBills());
        assertEquals("50.00", rate.amountPercent().toPlainString());
        assertEquals("33.33", rate.householdPercent().toPlainString());
    }

    @Test
    void percentagesAreTheExactFractionRoundedHalfUp() {
        // 2/3 = 66.666…% → 66.67; 1/8 = 12.5% exactly; 0.01 of 1,000,000.00 = 0.000001% → 0.00
        assertEquals("66.67", CollectionRate.of(new BigDecimal("3"), new BigDecimal("2"), 3, 2).amountPercent()
                .toPlainString());
        assertEquals("12.50", CollectionRate.of(new BigDecimal("8"), new BigDecimal("1"), 8, 1).householdPercent()
                .toPlainString());
        assertEquals("0.00", CollectionRate.of(new BigDecimal("1000000.00"), new BigDecimal("0.01"), 1, 0)
                .amountPercent().toPlainString());
        // 20,000 households with one short: 99.995% rounds half-up to 100.00, never above it.
        assertEquals("100.00", CollectionRate.of(BigDecimal.ONE, BigDecimal.ONE, 20_000, 19_999).householdPercent()
                .toPlainString());
        assertEquals("99.99", CollectionRate.of(BigDecimal.ONE, BigDecimal.ONE, 20_000, 19_998).householdPercent()
                .toPlainString());
    }

    @Test
    void everythingPaidIsAHundredAndNothingPaidIsZero() {
        CollectionRate all = CollectionRate.of(new BigDecimal("263.00"), new BigDecimal("263.00"), 1, 1);
        assertEquals("100.00", all.amountPercent().toPlainString());
        assertEquals("100.00", all.householdPercent().toPlainString());
        CollectionRate none = CollectionRate.of(new BigDecimal("263.00"), null, 1, 0);
        assertEquals("0.00", none.amountPercent().toPlainString());
        assertEquals("0.00", none.paid().toPlainString());
    }

    @Test
    void aPeriodWithoutBillsHasNoRateRatherThanADivisionByZero() {
        CollectionRate empty = CollectionRate.of(null, null, 0, 0);
        assertFalse(empty.hasBills());
        assertNull(empty.amountPercent());
        assertNull(empty.householdPercent());
        assertEquals("0.00", empty.billed().toPlainString());
    }
}
