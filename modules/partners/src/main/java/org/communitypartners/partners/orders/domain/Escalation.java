package org.communitypartners.partners.orders.domain;

/** Which deadline an order missed while still open, raising it to the community supervisor. */
public enum Escalation {
    NONE, ACCEPT_OVERDUE, RESOLVE_OVERDUE
}
