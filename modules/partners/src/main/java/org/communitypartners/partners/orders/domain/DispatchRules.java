package org.communitypartners.partners.orders.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Which rule, if any, dispatches a new order: the compound's own rule beats its community's. */
public final class DispatchRules {

    private DispatchRules() {
    }

    public static Optional<DispatchRule> choose(Collection<DispatchRule> candidates, String categoryCode,
                                                Place place) {
        return candidates.stream()
                .filter(r -> r.getCategoryCode().equals(categoryCode))
                .filter(r -> r.getUnitId() == place.communityId()
                        || (place.compoundId() != null && r.getUnitId() == place.compoundId()))
                .min(Comparator.comparing((DispatchRule r) -> r.getUnitId() == place.communityId())
                        .thenComparing(DispatchRule::getId, Comparator.nullsLast(Comparator.naturalOrder())));
    }
}
