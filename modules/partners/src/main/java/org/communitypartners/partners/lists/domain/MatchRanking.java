package org.communitypartners.partners.lists.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks offers for a need. Only offers of the need's category that have not ended count. Those
 * available on the day the need is wanted come first, those starting later last; within each,
 * the closest in the organisation tree first (same compound, community, subdistrict, elsewhere),
 * then the nearest in straight-line metres, offers without coordinates after those with. Ties
 * keep the order they were given in.
 */
public final class MatchRanking {

    private MatchRanking() {
    }

    /** One offer for a need, with why it ranks where it does. */
    public record Ranked<T extends Offer>(T offer, PlaceTier tier, Long metres, boolean availableInTime) {
    }

    private static final Comparator<Ranked<?>> ORDER = Comparator
            .comparing((Ranked<?> r) -> !r.availableInTime())
            .thenComparing(Ranked::tier)
            .thenComparing(Ranked::metres, Comparator.nullsLast(Comparator.naturalOrder()));

    public static <T extends Offer> List<Ranked<T>> rank(Need need, Collection<T> offers, LocalDate today) {
        LocalDate wanted = need.wantedOn(today);
        Placement place = need.getPlacement();
        return offers.stream()
                .filter(o -> o.getCategory() == need.getCategory() && !o.availability().endedBefore(today))
                .map(o -> new Ranked<>(o, place.tierTo(o.getPlacement()), place.metresTo(o.getPlacement()),
                        o.availability().covers(wanted)))
                .sorted(ORDER)
                .toList();
    }
}
