package org.communitypartners.property.ledger.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Recomputes a compound's chain from its stored published entries and statements, in sequence
 * order, and reports the first place it breaks. Each entry must carry the next sequence number,
 * point at the hash of the one before (the genesis hash for the first), and still give its
 * recorded hash; each statement, in quarter order, must cover exactly its quarter's entries, end
 * on the recorded chain head, add up to its totals and balances (its opening being the previous
 * closing), and hash to what the committee and the notary approved. Entries are read one at a
 * time, so 100,000 of them need no more memory than one.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    public static ChainCheck verify(String compound, Iterator<ChainLink> links, List<StatementSeal> statements) {
        String previous = CanonicalForm.GENESIS;
        long expected = 1;
        BigDecimal carried = null;
        int sealed = 0;
        ChainLink pending = links.hasNext() ? links.next() : null;
        for (StatementSeal statement : statements) {
            if (carried != null && statement.opening().compareTo(carried) != 0) {
                return ChainCheck.broken(expected - 1, sealed, ChainBreak.TOTALS, null, statement.quarter(),
                        CanonicalForm.amount(carried), CanonicalForm.amount(statement.opening()));
            }
            MessageDigest content = CanonicalForm.digest();
            content.update(CanonicalForm.statementHeader(compound, statement.quarter(), statement.opening(),
                    statement.entryCount()).getBytes(StandardCharsets.UTF_8));
            LedgerTotals.Sum sum = new LedgerTotals.Sum(statement.opening());
            for (int i = 0; i < statement.entryCount(); i++) {
                if (pending == null || !pending.content().quarter().equals(statement.quarter())) {
                    return ChainCheck.broken(expected - 1, sealed, ChainBreak.COVERAGE, expected, statement.quarter(),
                            statement.quarter(), pending == null ? "" : pending.content().quarter());
                }
                ChainCheck broken = check(pending, expected, previous, sealed);
                if (broken != null) {
                    return broken;
                }
                previous = pending.hash();
                content.update(CanonicalForm.body(pending.content()).getBytes(StandardCharsets.UTF_8));
                sum.add(pending.content());
                expected++;
                pending = links.hasNext() ? links.next() : null;
            }
            if (!previous.equals(statement.chainHead())) {
                return ChainCheck.broken(expected - 1, sealed, ChainBreak.HEAD, null, statement.quarter(), previous,
                        statement.chainHead());
            }
            LedgerTotals totals = sum.totals();
            if (totals.income().compareTo(statement.income()) != 0
                    || totals.expense().compareTo(statement.expense()) != 0
                    || totals.closing().compareTo(statement.closing()) != 0) {
                return ChainCheck.broken(expected - 1, sealed, ChainBreak.TOTALS, null, statement.quarter(),
                        CanonicalForm.amount(totals.closing()), CanonicalForm.amount(statement.closing()));
            }
            String approved = HexFormat.of().formatHex(content.digest());
            if (!approved.equals(statement.committeeHash()) || !approved.equals(statement.notaryHash())) {
                return ChainCheck.broken(expected - 1, sealed, ChainBreak.APPROVAL, null, statement.quarter(),
                        approved, statement.committeeHash() + " / " + statement.notaryHash());
            }
            carried = totals.closing();
            sealed++;
        }
        if (pending != null) {
            ChainCheck broken = check(pending, expected, previous, sealed);
            return broken != null ? broken : ChainCheck.broken(expected - 1, sealed, ChainBreak.COVERAGE,
                    pending.sequence(), pending.content().quarter(), "", pending.content().quarter());
        }
        return ChainCheck.pass(expected - 1, sealed, previous);
    }

    private static ChainCheck check(ChainLink link, long expected, String previous, int sealed) {
        long checked = expected - 1;
        String quarter = link.content().quarter();
        if (link.sequence() != expected) {
            return ChainCheck.broken(checked, sealed, ChainBreak.SEQUENCE, expected, quarter,
                    String.valueOf(expected), String.valueOf(link.sequence()));
        }
        if (!previous.equals(link.previousHash())) {
            return ChainCheck.broken(checked, sealed, ChainBreak.PREVIOUS, expected, quarter, previous,
                    link.previousHash());
        }
        String recomputed = CanonicalForm.entryHash(link.sequence(), link.previousHash(), link.content());
        if (!recomputed.equals(link.hash())) {
            return ChainCheck.broken(checked, sealed, ChainBreak.CONTENT, expected, quarter, recomputed, link.hash());
        }
        return null;
    }
}
