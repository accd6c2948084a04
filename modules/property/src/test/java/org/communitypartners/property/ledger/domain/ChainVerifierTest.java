package org.communitypartners.property.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
    private final LedgerFixture ledger = LedgerFixture.twoQuarters();

    private ChainCheck verify(List<ChainLink> links) {
        return ChainVerifier.verify(LedgerFixture.COMPOUND, links.iterator(), ledger.seals);
    }

    @Test
    void anUntouchedChainPassesAndEndsOnTheLastStatementsHead() {
        ChainCheck check = verify(ledger.links);
        assertTrue(check.passed(), check.toString());
        assertEquals(7, check.entriesChecked());
        assertEquals(2, check.statementsChecked());
        assertEquals(ledger.seals.get(1).chainHead(), check.head());
    }

    @Test
    void eachEntryPointsAtTheOneBeforeFromTheGenesisHash() {
        assertEquals(CanonicalForm.GENESIS, ledger.links.get(0).previousHash());
        for (int i = 1; i < ledger.links.size(); i++) {
            assertEquals(ledger.links.get(i - 1).hash(), ledger.links.get(i).previousHash());
            assertEquals(i + 1, ledger.links.get(i).sequence());
        }
    }

    @Test
    void aChangedAmountIsFoundAtItsEntry() {
        List<ChainLink> links = new ArrayList<>(ledger.links);
        ChainLink third = links.get(2);
        links.set(2, new ChainLink(3, third.previousHash(), third.hash(), with(third.content(), "900.00")));
        ChainCheck check = verify(links);
        assertFalse(check.passed());
        assertEquals(ChainBreak.CONTENT, check.reason());
        assertEquals(3L, check.sequence());
        assertEquals(2, check.entriesChecked());
    }

    @Test
    void aDeletedEntryBreaksTheSequence() {
        List<ChainLink> links = new ArrayList<>(ledger.links);
        links.remove(1);
        ChainCheck check = verify(links);
        assertEquals(ChainBreak.SEQUENCE, check.reason());
        assertEquals(2L, check.sequence());
    }

    @Test
    void theLastEntryDeletedIsFoundByItsStatementsCount() {
        List<ChainLink> links = new ArrayList<>(ledger.links);
        links.remove(links.size() - 1);
        ChainCheck check = verify(links);
        assertEquals(ChainBreak.COVERAGE, check.reason());
        assertEquals("2026Q4", check.quarter());
    }

    @Test
    void reorderedEntriesNoLongerPointAtTheirPredecessors() {
        List<ChainLink> links = new ArrayList<>(ledger.links);
        ChainLink second = links.get(1);
        ChainLink third = links.get(2);
        links.set(1, new ChainLink(2, third.previousHash(), third.hash(), third.content()));
        links.set(2, new ChainLink(3, second.previousHash(), second.hash(), second.content()));
        ChainCheck check = verify(links);
        assertEquals(ChainBreak.PREVIOUS, check.reason());
        assertEquals(2L, check.sequence());
    }

    @Test
    void anInsertedEntryBreaksTheLinkAfterIt() {
        List<ChainLink> links = new ArrayList<>(ledger.links);
        ChainLink second = links.get(1);
        EntryContent inserted = with(second.content(), "500.00");
        links.add(2, new ChainLink(3, second.hash(), CanonicalForm.entryHash(3, second.hash(), inserted), inserted));
        ChainCheck check = verify(links);
        assertFalse(check.passed());
        assertEquals(ChainBreak.SEQUENCE, check.reason(), check.toString());
        assertEquals(4L, check.sequence());
    }

    @Test
    void aRehashedChainStillFailsOnTheApprovedStatement() {
        List<EntryContent> contents = new ArrayList<>(ledger.links.stream().map(ChainLink::content).toList());
        Collections.swap(contents, 0, 1);
        ChainCheck check = verify(rehash(contents));
        assertFalse(check.passed());
        assertEquals(ChainBreak.HEAD, check.reason());
        assertEquals("2026Q3", check.quarter());
    }

    @Test
    void anEntryAppendedAfterTheLastStatementIsNotCovered() {
        List<EntryContent> contents = new ArrayList<>(ledger.links.stream().map(ChainLink::content).toList());
        contents.add(contents.get(0));
        ChainCheck check = verify(rehash(contents));
        assertEquals(ChainBreak.COVERAGE, check.reason());
        assertEquals(8L, check.sequence());
    }

    @Test
    void aStatementWhoseClosingWasAlteredFailsItsTotals() {
        StatementSeal q3 = ledger.seals.get(0);
        List<StatementSeal> seals = List.of(new StatementSeal(q3.quarter(), q3.entryCount(), q3.chainHead(),
                q3.opening(), q3.income(), q3.expense(), q3.closing().add(BigDecimal.ONE), q3.committeeHash(),
                q3.notaryHash()), ledger.seals.get(1));
        ChainCheck check = ChainVerifier.verify(LedgerFixture.COMPOUND, ledger.links.iterator(), seals);
        assertEquals(ChainBreak.TOTALS, check.reason());
    }

    @Test
    void aStatementNotApprovedAsPublishedFails() {
        StatementSeal q4 = ledger.seals.get(1);
        List<StatementSeal> seals = List.of(ledger.seals.get(0), new StatementSeal(q4.quarter(), q4.entryCount(),
                q4.chainHead(), q4.opening(), q4.income(), q4.expense(), q4.closing(), "f".repeat(64),
                q4.notaryHash()));
        ChainCheck check = ChainVerifier.verify(LedgerFixture.COMPOUND, ledger.links.iterator(), seals);
        assertEquals(ChainBreak.APPROVAL, check.reason());
        assertEquals("2026Q4", check.quarter());
    }

    private static List<ChainLink> rehash(List<EntryContent> contents) {
        List<ChainLink> links = new ArrayList<>();
        String previous = CanonicalForm.GENESIS;
        for (int i = 0; i < contents.size(); i++) {
            String hash = CanonicalForm.entryHash(i + 1, previous, contents.get(i));
            links.add(new ChainLink(i + 1, previous, hash, contents.get(i)));
            previous = hash;
        }
        return links;
    }

    private static EntryContent with(EntryContent c, String amount) {
        return new EntryContent(c.compound(), c.quarter(), c.date(), c.category(), new BigDecimal(amount),
                c.counterparty(), c.voucher(), c.summary(), c.reverses(), c.attachments());
    }
}
