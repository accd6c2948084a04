package org.communitypartners.property.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class FeeBillTest {
    private static final BillingPeriod OCTOBER = new BillingPeriod(YearMonth.of(2026, 10));
    private static final PricedItem SERVICE = new PricedItem(1, "物业服务费", FeeBasis.PER_SQUARE_METRE_MONTH,
            new BigDecimal("1.35"));
    private static final PricedItem RUBBISH = new PricedItem(2, "生活垃圾处理费", FeeBasis.PER_UNIT_MONTH,
            new BigDecimal("8.00"));
    private static final PricedItem PARKING = new PricedItem(3, "车位管理费", FeeBasis.PER_PARKING_SPACE_MONTH,
            new BigDecimal("60.00"));

    private static FeeBill bill(String area, int spaces, PricedItem... items) {
        BillableUnit unit = new BillableUnit(7, 3, "3-201", new BigDecimal(area), spaces);
        return FeeBill.forUnit(11, unit, OCTOBER, List.of(items), Instant.EPOCH).orElseThrow();
    }

    @Test
    void eachBasisPricesItsOwnQuantity() {
        FeeBill bill = bill("100.00", 2, SERVICE, RUBBISH, PARKING);
        assertEquals(List.of("135.00", "8.00", "120.00"),
                bill.getLines().stream().map(l -> l.getAmount().toPlainString()).toList());
        assertEquals(List.of("100.00", "1.00", "2.00"),
                bill.getLines().stream().map(l -> l.getQuantity().toPlainString()).toList());
        assertEquals("263.00", bill.getAmountDue().toPlainString());
        assertEquals("2026-10", bill.getPeriod());
        assertEquals("3-201", bill.getUnitLabel());
    }

    @Test
    void anAreaFeeIsRoundedHalfUpToTheFenPerLine() {
        // 89.57 m² × 1.35 = 120.9195 → 120.92; 89.55 × 1.35 = 120.8925 → 120.89; 0.01 × 0.50 = 0.005 → 0.01
        assertEquals("120.92", bill("89.57", 0, SERVICE).getAmountDue().toPlainString());
        assertEquals("120.89", bill("89.55", 0, SERVICE).getAmountDue().toPlainString());
        assertEquals("0.01", FeeBillLine.amountOf(new BigDecimal("0.50"), new BigDecimal("0.01")).toPlainString());
        assertEquals("0.00", FeeBillLine.amountOf(new BigDecimal("0.40"), new BigDecimal("0.01")).toPlainString());
    }

    @Test
    void theBillIsTheSumOfItsRoundedLines() {
        // 0.125 would be 0.13 each; two lines of 0.13 make 0.26, never a rounded 0.25.
        PricedItem a = new PricedItem(1, "a", FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal("0.05"));
        PricedItem b = new PricedItem(2, "b", FeeBasis.PER_SQUARE_METRE_MONTH, new BigDecimal("0.05"));
        assertEquals("0.26", bill("2.50", 0, a, b).getAmountDue().toPlainString());
    }

    @Test
    void aUnitWithoutParkingSpacesGetsNoParkingLineAndNothingToChargeMeansNoBill() {
        assertEquals(1, bill("80.00", 0, SERVICE, PARKING).getLines().size());
        BillableUnit noSpaces = new BillableUnit(7, 3, "3-201", new BigDecimal("80.00"), 0);
        assertTrue(FeeBill.forUnit(11, noSpaces, OCTOBER, List.of(PARKING), Instant.EPOCH).isEmpty());
    }

    @Test
    void partialPaymentsAddUpUntilTheBillIsPaid() {
        FeeBill bill = bill("100.00", 0, SERVICE);
        bill.pay(new BigDecimal("100.00"));
        assertFalse(bill.isPaidInFull());
        assertEquals("35.00", bill.outstanding().toPlainString());
        bill.pay(new BigDecimal("35.00"));
        assertTrue(bill.isPaidInFull());
        assertEquals("0.00", bill.outstanding().toPlainString());
        assertEquals("fees.payment.billPaid",
                assertThrows(RuleViolation.class, () -> bill.pay(new BigDecimal("0.01"))).messageKey());
    }

    @Test
    void aPaymentAboveWhatIsOwedIsRefused() {
        FeeBill bill = bill("100.00", 0, SERVICE);
        bill.pay(new BigDecimal("135.00").subtract(new BigDecimal("0.01")));
        assertEquals("fees.payment.overpaid",
                assertThrows(RuleViolation.class, () -> bill.pay(new BigDecimal("0.02"))).messageKey());
        assertFalse(bill.isPaidInFull());
        assertEquals("0.01", bill.outstanding().toPlainString());
    }
}
