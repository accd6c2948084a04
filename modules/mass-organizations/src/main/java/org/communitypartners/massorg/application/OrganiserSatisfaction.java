package org.communitypartners.massorg.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import org.communitypartners.massorg.domain.ActivityReviewRepository;
import org.communitypartners.massorg.domain.MonthGrid;
import org.communitypartners.massorg.domain.Satisfaction;

/**
 * Participants' satisfaction per organiser partner and year, for the module's yearly targets: an
 * activity counts for each of its organisers and for the year it started in, Beijing time; called-off
 * activities do not count. Within the module only: callers check who may read the figures.
 */
@ApplicationScoped
@Transactional
public class OrganiserSatisfaction {

    @Inject
    ActivityReviewRepository reviews;

    /** Every organiser with at least one rating in the year. */
    public Map<Long, Satisfaction> byOrganiser(Year year) {
        Map<Long, Satisfaction> byOrganiser = new HashMap<>();
        reviews.scoresByOrganiser(start(year), start(year.plusYears(1)), null)
                .forEach((partner, scores) -> byOrganiser.put(partner, Satisfaction.of(scores)));
        return byOrganiser;
    }

    /** One organiser's year; {@link Satisfaction#NONE} when nobody rated its activities. */
    public Satisfaction of(long partnerId, Year year) {
        Map<Integer, Long> scores = reviews.scoresByOrganiser(start(year), start(year.plusYears(1)), partnerId)
                .get(partnerId);
        return scores == null ? Satisfaction.NONE : Satisfaction.of(scores);
    }

    private static Instant start(Year year) {
        return year.atDay(1).atStartOfDay(MonthGrid.ZONE).toInstant();
    }
}
