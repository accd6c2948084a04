package org.communitypartners.massorg.volunteering.domain;

/** A shift counts in the time bank only once CONFIRMED by the organiser. */
public enum ShiftStatus {
    PENDING, CONFIRMED, REJECTED
}
