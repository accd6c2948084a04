package org.communitypartners.property.ledger.domain;

/** The three parties that keep a compound's ledger, each with its own steps. */
public enum LedgerParty {
    /** The property company serving the compound under a contract in force: drafts, submits, publishes. */
    PROPERTY_COMPANY,
    /** The compound's owners' committee (业委会): approves or returns with comments. */
    OWNERS_COMMITTEE,
    /** The notary of the subdistrict: attests, or returns with comments. */
    NOTARY
}
