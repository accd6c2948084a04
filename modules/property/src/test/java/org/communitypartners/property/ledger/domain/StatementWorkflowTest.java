package org.communitypartners.property.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class StatementWorkflowTest {
    private static final LedgerParty PROPERTY = LedgerParty.PROPERTY_COMPANY;
    private static final LedgerParty COMMITTEE = LedgerParty.OWNERS_COMMITTEE;
    private static final LedgerParty NOTARY = LedgerParty.NOTARY;

    private final LedgerStatement statement = LedgerFixture.draft("2026Q3", new BigDecimal("10000"));
    private final List<LedgerEntry> entries = new ArrayList<>(List.of(
            LedgerFixture.entry(statement, "2026-07-05", LedgerCategory.PROPERTY_FEES, "86400", "业主", "SF-1"),
            LedgerFixture.entry(statement, "2026-08-10", LedgerCategory.CLEANING, "9000", "保洁公司", "BJ-1")));

    private String hash() {
        return LedgerFixture.hashOf(statement, entries);
    }

    private static String refused(Executable step) {
        return assertThrows(RuleViolation.class, step).messageKey();
    }

    @Test
    void eachStepIsTakenOnlyByItsPartyInItsTurn() {
        String hash = hash();
        assertEquals("ledger.notYourStep", refused(() -> statement.submit(COMMITTEE, "c", LedgerFixture.AT, hash, 2)));
        assertEquals("ledger.stepRefused", refused(() -> statement.approve(COMMITTEE, "c", LedgerFixture.AT, hash, hash)));
        statement.submit(PROPERTY, "jinyuan.property", LedgerFixture.AT, hash, 2);
        assertEquals(StatementStatus.SUBMITTED, statement.getStatus());
        assertEquals("ledger.notYourStep", refused(() -> statement.approve(PROPERTY, "p", LedgerFixture.AT, hash, hash)));
        assertEquals("ledger.notYourStep", refused(() -> statement.attest(COMMITTEE, "c", LedgerFixture.AT, hash, hash)));
        assertEquals("ledger.stepRefused", refused(() -> statement.attest(NOTARY, "n", LedgerFixture.AT, hash, hash)));
        assertEquals("ledger.stepRefused", refused(() -> statement.submit(PROPERTY, "p", LedgerFixture.AT, hash, 2)));
        statement.approve(COMMITTEE, "jinyuan.committee", LedgerFixture.AT, hash, hash);
        assertEquals("ledger.stepRefused", refused(() -> statement.publish(PROPERTY, "p", LedgerFixture.AT, hash,
                entries, 1, CanonicalForm.GENESIS)));
        statement.attest(NOTARY, "notary.tianchang", LedgerFixture.AT, hash, hash);
        assertEquals("ledger.notYourStep", refused(() -> statement.publish(NOTARY, "n", LedgerFixture.AT, hash,
                entries, 1, CanonicalForm.GENESIS)));
        statement.publish(PROPERTY, "jinyuan.property", LedgerFixture.AT, hash, entries, 1, CanonicalForm.GENESIS);
        assertEquals(StatementStatus.PUBLISHED, statement.getStatus());
        assertEquals("jinyuan.committee", statement.getCommitteeBy());
        assertEquals(hash, statement.getCommitteeHash());
        assertEquals(hash, statement.getNotaryHash());
        assertEquals(entries.get(1).getHash(), statement.getChainHead());
        assertEquals("ledger.stepRefused", refused(() -> statement.sendBack(COMMITTEE, "c", LedgerFixture.AT, "再看看")));
    }

    @Test
    void anEmptyStatementCannotBeSubmitted() {
        assertEquals("ledger.noEntries", refused(() -> statement.submit(PROPERTY, "p", LedgerFixture.AT, hash(), 0)));
    }

    @Test
    void theCommitteeReturnsWithCommentsAndTheDraftOpensAgain() {
        statement.submit(PROPERTY, "p", LedgerFixture.AT, hash(), 2);
        assertEquals("ledger.statementLocked", refused(() -> entries.get(0).refuseIfSealed(statement)));
        assertEquals("ledger.comment", refused(() -> statement.sendBack(COMMITTEE, "c", LedgerFixture.AT, " ")));
        assertEquals("ledger.notYourStep", refused(() -> statement.sendBack(PROPERTY, "p", LedgerFixture.AT, "撤回")));
        statement.sendBack(COMMITTEE, "jinyuan.committee", LedgerFixture.AT, "8 月保洁费缺发票，请补附件");
        assertEquals(StatementStatus.RETURNED, statement.getStatus());
        assertEquals("8 月保洁费缺发票，请补附件", statement.getReturnComment());
        assertNull(statement.getSubmittedHash());
        entries.get(1).revise(statement, LocalDate.parse("2026-08-10"), LedgerCategory.CLEANING,
                new BigDecimal("8800"), "保洁公司", "BJ-1", "按合同扣减");
        statement.submit(PROPERTY, "p", LedgerFixture.AT, hash(), 2);
        assertEquals(StatementStatus.SUBMITTED, statement.getStatus());
        assertNull(statement.getReturnComment());
    }

    @Test
    void theNotaryMayReturnTooAndTheCommitteesApprovalLapses() {
        String hash = hash();
        statement.submit(PROPERTY, "p", LedgerFixture.AT, hash, 2);
        statement.approve(COMMITTEE, "c", LedgerFixture.AT, hash, hash);
        statement.sendBack(NOTARY, "notary.tianchang", LedgerFixture.AT, "人员工资凭证不全");
        assertEquals(StatementStatus.RETURNED, statement.getStatus());
        assertNull(statement.getCommitteeHash());
    }

    @Test
    void anApprovalOfContentThatChangedSinceItWasReadIsRefused() {
        String first = hash();
        statement.submit(PROPERTY, "p", LedgerFixture.AT, first, 2);
        statement.sendBack(COMMITTEE, "c", LedgerFixture.AT, "金额有误");
        entries.get(0).revise(statement, LocalDate.parse("2026-07-05"), LedgerCategory.PROPERTY_FEES,
                new BigDecimal("86500"), "业主", "SF-1", "");
        String second = hash();
        assertNotEquals(first, second);
        statement.submit(PROPERTY, "p", LedgerFixture.AT, second, 2);
        assertEquals("ledger.hashChanged",
                refused(() -> statement.approve(COMMITTEE, "c", LedgerFixture.AT, first, second)));
        statement.approve(COMMITTEE, "c", LedgerFixture.AT, second, second);
        assertEquals("ledger.hashChanged",
                refused(() -> statement.attest(NOTARY, "n", LedgerFixture.AT, second, first)));
    }

    @Test
    void contentChangedBehindTheApprovalsCannotBePublished() {
        String hash = hash();
        statement.submit(PROPERTY, "p", LedgerFixture.AT, hash, 2);
        statement.approve(COMMITTEE, "c", LedgerFixture.AT, hash, hash);
        statement.attest(NOTARY, "n", LedgerFixture.AT, hash, hash);
        String altered = LedgerFixture.hashOf(statement, entries.subList(0, 1));
        assertEquals("ledger.approvalMismatch", refused(() -> statement.publish(PROPERTY, "p", LedgerFixture.AT,
                altered, entries, 1, CanonicalForm.GENESIS)));
    }

    @Test
    void aPublishedEntryRefusesEveryChange() {
        String hash = hash();
        statement.submit(PROPERTY, "p", LedgerFixture.AT, hash, 2);
        statement.approve(COMMITTEE, "c", LedgerFixture.AT, hash, hash);
        statement.attest(NOTARY, "n", LedgerFixture.AT, hash, hash);
        statement.publish(PROPERTY, "p", LedgerFixture.AT, hash, entries, 1, CanonicalForm.GENESIS);
        LedgerEntry published = entries.get(0);
        assertTrue(published.isPublished());
        assertEquals("ledger.entryPublished", refused(() -> published.revise(statement,
                LocalDate.parse("2026-07-05"), LedgerCategory.PROPERTY_FEES, BigDecimal.ONE, "业主", "SF-1", "")));
        assertEquals("ledger.entryPublished", refused(() -> published.attach(statement, "a".repeat(64))));
        published.loaded();
        assertEquals("ledger.entryPublished", refused(published::refuseWriteOfPublished));
    }

    @Test
    void entriesKeepToTheirQuarterAndToPositiveAmountsInYuan() {
        assertEquals("ledger.dateOutsideQuarter", refused(() -> LedgerFixture.entry(statement, "2026-10-01",
                LedgerCategory.STAFF, "1", "x", "v")));
        assertEquals("ledger.amountPositive", refused(() -> LedgerFixture.entry(statement, "2026-07-01",
                LedgerCategory.STAFF, "-1", "x", "v")));
        assertEquals("ledger.amount", refused(() -> LedgerFixture.entry(statement, "2026-07-01",
                LedgerCategory.STAFF, "1.005", "x", "v")));
        assertEquals("ledger.amount", refused(() -> LedgerFixture.entry(statement, "2026-07-01",
                LedgerCategory.STAFF, "1000000000000", "x", "v")));
        assertEquals("ledger.voucher", refused(() -> LedgerFixture.entry(statement, "2026-07-01",
                LedgerCategory.STAFF, "1", "x", " ")));
    }

    @Test
    void aCorrectionReversesOnlyAnEarlierQuartersOriginalEntry() {
        LedgerFixture ledger = LedgerFixture.twoQuarters();
        LedgerStatement q4 = LedgerFixture.draft("2026Q4", BigDecimal.ZERO);
        LocalDate day = LocalDate.parse("2026-12-01");
        assertEquals("ledger.reverseLater", refused(() -> LedgerEntry.reversing(q4, ledger.links.get(4), day, "C", "")));
        assertEquals("ledger.reverseReversal",
                refused(() -> LedgerEntry.reversing(LedgerFixture.draft("2027Q1", BigDecimal.ZERO), ledger.links.get(5),
                        LocalDate.parse("2027-01-05"), "C", "")));
        LedgerEntry reversal = LedgerEntry.reversing(q4, ledger.links.get(0), day, "CZ-1", "冲销");
        assertEquals(new BigDecimal("-86400.00"), reversal.getAmount());
        assertEquals(LedgerCategory.PROPERTY_FEES, reversal.getCategory());
        reversal.revise(q4, day, LedgerCategory.STAFF, new BigDecimal("5"), "x", "CZ-2", "");
        assertEquals(new BigDecimal("-86400.00"), reversal.getAmount());
        assertEquals(LedgerCategory.PROPERTY_FEES, reversal.getCategory());
    }

    @Test
    void quartersAreWrittenLike2026Q3() {
        assertEquals(LocalDate.parse("2026-07-01"), LedgerStatement.quarterOf("2026q3").firstDay());
        assertEquals(LocalDate.parse("2026-09-30"), LedgerStatement.quarterOf("2026Q3").lastDay());
        assertEquals("2026Q4", Quarter.containing(LocalDate.parse("2026-12-31")).toString());
        assertEquals("ledger.quarter", refused(() -> LedgerStatement.quarterOf("2026Q5")));
        assertEquals("ledger.quarter", refused(() -> LedgerStatement.quarterOf("26Q1")));
    }
}
