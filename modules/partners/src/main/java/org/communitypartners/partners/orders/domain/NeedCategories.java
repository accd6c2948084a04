package org.communitypartners.partners.orders.domain;

import org.communitypartners.partners.api.ServiceCategory;

/** The work-order category an order started from a matched need falls under. */
public final class NeedCategories {

    private NeedCategories() {
    }

    public static String workOrderCategory(ServiceCategory need) {
        return switch (need) {
            case REPAIRS -> "REPAIR";
            case CLEANING -> "SANITATION";
            case GREENING -> "GREENING";
            case SAFETY -> "SAFETY";
            default -> "OTHER";
        };
    }
}
