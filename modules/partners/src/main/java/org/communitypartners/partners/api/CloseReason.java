package org.communitypartners.partners.api;

/** Why an order was closed without the resident's confirmation. */
public enum CloseReason {
    FIXED, NOT_OUR_RESPONSIBILITY, DUPLICATE, WITHDRAWN
}
