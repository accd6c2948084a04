package org.communitypartners.property.commitments.domain;

/** Whether the count is promised for each building of the compound or for the compound as a whole. */
public enum Coverage {
    BUILDING,
    COMPOUND
}
