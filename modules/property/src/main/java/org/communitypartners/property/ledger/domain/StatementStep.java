package org.communitypartners.property.ledger.domain;

/** What a party does to a statement. */
public enum StatementStep {
    SUBMIT, APPROVE, RETURN, ATTEST, PUBLISH
}
