package org.communitypartners.merchants.childcare.domain;

/** A booking holds a seat until it is cancelled. */
public enum BookingStatus {
    BOOKED,
    CANCELLED
}
