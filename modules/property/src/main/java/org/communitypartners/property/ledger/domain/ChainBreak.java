package org.communitypartners.property.ledger.domain;

/** Why a compound's chain failed verification, at the first place it did. */
public enum ChainBreak {
    /** An entry's sequence number is not the next one: an entry was deleted or one inserted. */
    SEQUENCE,
    /** An entry does not point at the hash of the entry before it: entries were reordered, removed or inserted. */
    PREVIOUS,
    /** The entry's content no longer gives its recorded hash: it was changed. */
    CONTENT,
    /** An entry lies outside every published statement, or a statement covers entries that are missing. */
    COVERAGE,
    /** A statement's chain head is not the hash of its last entry. */
    HEAD,
    /** A statement's opening balance, totals or closing balance do not follow from its entries. */
    TOTALS,
    /** The statement's content is not what the owners' committee and the notary approved. */
    APPROVAL
}
