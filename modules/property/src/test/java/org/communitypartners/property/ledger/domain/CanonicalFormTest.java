package org.communitypartners.property.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {
    private static final EntryContent FEES = new EntryContent("341181001001001", "2026Q3", LocalDate.of(2026, 7, 5),
            LedgerCategory.PROPERTY_FEES, new BigDecimal("86400.00"), "金园华庭业主", "SF-2026-07", "7 月物业费", null,
            List.of());

    @Test
    void anEntryIsOneFieldPerLineInAFixedOrderEndingInLineFeeds() {
        assertEquals("""
                cp-ledger-entry/1
                seq=1
                prev=0000000000000000000000000000000000000000000000000000000000000000
                compound=341181001001001
                quarter=2026Q3
                date=2026-07-05
                category=PROPERTY_FEES
                side=INCOME
                amount=86400.00
                counterparty=金园华庭业主
                voucher=SF-2026-07
                summary=7 月物业费
                reverses=
                attachments=
                """, CanonicalForm.entry(1, CanonicalForm.GENESIS, FEES));
    }

    @Test
    void amountsHaveExactlyTwoDecimalsAndAMinusWhenNegative() {
        assertEquals("12.00", CanonicalForm.amount(new BigDecimal("12")));
        assertEquals("-0.50", CanonicalForm.amount(new BigDecimal("-0.5")));
        assertEquals("1000000.10", CanonicalForm.amount(new BigDecimal("1E6").add(new BigDecimal("0.1"))));
        assertThrows(ArithmeticException.class, () -> CanonicalForm.amount(new BigDecimal("0.001")));
    }

    @Test
    void theHashIsSha256OfTheUtf8TextInLowerCaseHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", CanonicalForm.sha256(""));
        String hash = CanonicalForm.entryHash(1, CanonicalForm.GENESIS, FEES);
        assertEquals(CanonicalForm.sha256(CanonicalForm.entry(1, CanonicalForm.GENESIS, FEES)), hash);
        assertEquals(64, hash.length());
    }

    @Test
    void everyFieldChangesTheHash() {
        String hash = CanonicalForm.entryHash(1, CanonicalForm.GENESIS, FEES);
        assertNotEquals(hash, CanonicalForm.entryHash(2, CanonicalForm.GENESIS, FEES));
        assertNotEquals(hash, CanonicalForm.entryHash(1, "1".repeat(64), FEES));
        assertNotEquals(hash, CanonicalForm.entryHash(1, CanonicalForm.GENESIS, new EntryContent(FEES.compound(),
                FEES.quarter(), FEES.date(), FEES.category(), new BigDecimal("86400.01"), FEES.counterparty(),
                FEES.voucher(), FEES.summary(), null, List.of())));
        assertNotEquals(hash, CanonicalForm.entryHash(1, CanonicalForm.GENESIS, new EntryContent(FEES.compound(),
                FEES.quarter(), FEES.date(), FEES.category(), FEES.amount(), FEES.counterparty(), FEES.voucher(),
                FEES.summary(), null, List.of(CanonicalForm.sha256("voucher")))));
    }

    @Test
    void aStatementIsItsHeaderThenItsEntriesBodies() {
        String text = CanonicalForm.statement("341181001001001", "2026Q3", new BigDecimal("10000"), List.of(FEES));
        assertEquals("cp-ledger-statement/1\ncompound=341181001001001\nquarter=2026Q3\nopening=10000.00\nentries=1\n"
                + CanonicalForm.body(FEES), text);
    }

    @Test
    void textFieldsRefuseLineBreaksSoTheFormNeedsNoEscaping() {
        LedgerStatement q3 = LedgerFixture.draft("2026Q3", BigDecimal.ZERO);
        RuleViolation broken = assertThrows(RuleViolation.class, () -> LedgerFixture.entry(q3, "2026-07-05",
                LedgerCategory.PROPERTY_FEES, "1.00", "金园\nseq=9", "SF-1"));
        assertEquals("ledger.counterparty", broken.messageKey());
    }
}
