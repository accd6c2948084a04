package org.communitypartners.partners.lists.domain;

/** Where a need stands: open (a gap) → matched (an offer meets it) → closed (met or withdrawn). */
public enum NeedStatus {
    OPEN, MATCHED, CLOSED
}
