package org.communitypartners.partners.orders.domain;

/** How the order reached the community: recorded, since staff enter phone and walk-in orders. */
public enum Channel {
    ONLINE, PHONE, WALK_IN, OPEN311, MODULE,
    /** Staff matched a need of the three lists to a partner's service or resource. */
    NEED_MATCH
}
