package org.communitypartners.merchants.donations.domain;

/** The two moments staff are reminded of a placement: expiry is near, and expiry has passed. */
public enum ExpiryThreshold {
    DUE_SOON,
    EXPIRED
}
