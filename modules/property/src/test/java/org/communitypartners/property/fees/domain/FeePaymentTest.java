package org.communitypartners.property.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.fees.domain.FeePayment.Submitted;
import org.junit.jupiter.api.Test;

class FeePaymentTest {
    private static final long BILL = 41;
    private static final LocalDate DAY = LocalDate.parse("2026-10-20");
    private static final Submitted FIRST = new Submitted("SJ-2026-0001", new BigDecimal("100"), DAY,
            PaymentMethod.WECHAT);

    private static FeePayment recorded() {
        return new FeePayment(BILL, 11, FIRST, "t", Instant.EPOCH);
    }

    @Test
    void theSameReceiptWithTheSameContentIsTheOriginalPayment() {
        FeePayment original = recorded();
        assertEquals("100.00", original.getAmount().toPlainString());
        assertSame(original, original.replayedBy(BILL,
                new Submitted(" SJ-2026-0001 ", new BigDecimal("100.00"), DAY, PaymentMethod.WECHAT)));
    }

    @Test
    void theSameReceiptWithOtherContentIsRefused() {
        FeePayment original = recorded();
        List<Submitted> others = List.of(
                new Submitted("SJ-2026-0001", new BigDecimal("100.01"), DAY, PaymentMethod.WECHAT),
                new Submitted("SJ-2026-0001", new BigDecimal("100"), DAY.minusDays(1), PaymentMethod.WECHAT),
                new Submitted("SJ-2026-0001", new BigDecimal("100"), DAY, PaymentMethod.CASH));
        for (Submitted other : others) {
            assertEquals("fees.payment.receiptReused",
                    assertThrows(RuleViolation.class, () -> original.replayedBy(BILL, other)).messageKey());
        }
        assertEquals("fees.payment.receiptReused",
                assertThrows(RuleViolation.class, () -> original.replayedBy(BILL + 1, FIRST)).messageKey(),
                "the same receipt for another bill");
    }

    @Test
    void aSubmissionNeedsAReceiptAPositiveAmountADateAndAMethod() {
        assertEquals("fees.payment.receipt", assertThrows(RuleViolation.class,
                () -> new Submitted(" ", BigDecimal.TEN, DAY, PaymentMethod.CASH)).messageKey());
        assertEquals("fees.payment.receipt", assertThrows(RuleViolation.class,
                () -> new Submitted("收据1", BigDecimal.TEN, DAY, PaymentMethod.CASH)).messageKey());
        assertEquals("fees.payment.amount", assertThrows(RuleViolation.class,
                () -> new Submitted("R1", new BigDecimal("0.00"), DAY, PaymentMethod.CASH)).messageKey());
        assertEquals("fees.payment.amount", assertThrows(RuleViolation.class,
                () -> new Submitted("R1", new BigDecimal("1.001"), DAY, PaymentMethod.CASH)).messageKey());
        assertEquals("fees.payment.paidOn", assertThrows(RuleViolation.class,
                () -> new Submitted("R1", BigDecimal.TEN, null, PaymentMethod.CASH)).messageKey());
        assertEquals("fees.payment.method", assertThrows(RuleViolation.class,
                () -> new Submitted("R1", BigDecimal.TEN, DAY, null)).messageKey());
        assertEquals("fees.payment.paidOnFuture", assertThrows(RuleViolation.class,
                () -> FIRST.notAfter(DAY.minusDays(1))).messageKey());
        assertEquals("fees.payment.method", assertThrows(RuleViolation.class,
                () -> PaymentMethod.parse("BITCOIN")).messageKey());
    }
}
