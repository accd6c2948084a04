package org.communitypartners.property.ledger.domain;

/** Whether an entry brings money in or pays it out. */
public enum LedgerSide {
    INCOME, EXPENSE
}
