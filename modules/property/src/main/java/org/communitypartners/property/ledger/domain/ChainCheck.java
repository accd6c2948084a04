package org.communitypartners.property.ledger.domain;

/**
 * The outcome of recomputing a compound's chain: passed, or the first break with the sequence
 * number (or quarter) where it is and what was expected there against what is stored.
 */
public record ChainCheck(boolean passed, long entriesChecked, int statementsChecked, String head,
                         ChainBreak reason, Long sequence, String quarter, String expected, String found) {

    static ChainCheck pass(long entries, int statements, String head) {
        return new ChainCheck(true, entries, statements, head, null, null, null, null, null);
    }

    static ChainCheck broken(long entries, int statements, ChainBreak reason, Long sequence, String quarter,
                             String expected, String found) {
        return new ChainCheck(false, entries, statements, null, reason, sequence, quarter, expected, found);
    }
}
