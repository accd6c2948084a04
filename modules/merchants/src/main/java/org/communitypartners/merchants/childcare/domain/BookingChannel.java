package org.communitypartners.merchants.childcare.domain;

/** How a booking came in: the guardian on the public page, or staff on the guardian's behalf (a phone call). */
public enum BookingChannel {
    PUBLIC,
    STAFF
}
