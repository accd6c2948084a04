package org.communitypartners.partners.orders.domain;

import java.util.Set;
import org.communitypartners.kernel.api.Roles;

/** Who takes a step on an order: the loop has three parties and the clock. */
public enum Actor {
    /** The reporter, by tracking code, without an account. */
    RESIDENT,
    /** Community or subdistrict staff supervising the order. */
    COMMUNITY,
    /** Staff of the partner the order is dispatched to. */
    PARTNER,
    /** Dispatch rules and the escalation job. */
    SYSTEM;

    /** The party a signed-in account acts as; staff roles outrank partner staff. */
    public static Actor ofRoles(Set<String> roles) {
        if (roles.contains(Roles.SYSTEM_ADMIN) || roles.contains(Roles.SUBDISTRICT_ADMIN)
                || roles.contains(Roles.COMMUNITY_STAFF)) {
            return COMMUNITY;
        }
        return roles.contains(Roles.PARTNER_STAFF) ? PARTNER : RESIDENT;
    }
}
