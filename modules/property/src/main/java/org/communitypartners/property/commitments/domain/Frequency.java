package org.communitypartners.property.commitments.domain;

/** The period a commitment's count is promised for: Monday to Sunday, or a calendar month. */
public enum Frequency {
    WEEK,
    MONTH
}
