package org.communitypartners.partners.api;

/** Where a partner stands: applied → approved → active → suspended / exited. */
public enum PartnerStatus {
    APPLIED, APPROVED, ACTIVE, SUSPENDED, EXITED
}
