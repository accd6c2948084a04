package org.communitypartners.property.ledger.domain;

/** Where a quarter statement stands: drafted, submitted, approved by the committee, attested, published. */
public enum StatementStatus {
    DRAFT, SUBMITTED, REVIEWED, ATTESTED, PUBLISHED, RETURNED;

    /** Entries may be added, changed or removed only before submission or after a return. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
