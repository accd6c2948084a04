package org.communitypartners.massorg.domain;

public enum NoticeKind {
    /** A seat came free and the waitlisted registrant now has it. */
    PROMOTED,
    /** The organisers called the activity off. */
    ACTIVITY_CANCELLED
}
