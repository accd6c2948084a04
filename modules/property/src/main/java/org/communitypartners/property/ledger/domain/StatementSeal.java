package org.communitypartners.property.ledger.domain;

import java.math.BigDecimal;

/**
 * What a published statement recorded about its quarter: how many entries it covers, the chain
 * head after them, its balances and totals, and the content hash both approvals signed.
 */
public record StatementSeal(String quarter, int entryCount, String chainHead, BigDecimal opening, BigDecimal income,
                            BigDecimal expense, BigDecimal closing, String committeeHash, String notaryHash) {
}
