package org.communitypartners.massorg.indicators.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Grouped counts behind the module's indicators, per community an activity (or the course of a
 * session) belongs to, for activities starting in {@code [from, to)}: the same rows as an
 * organisation's yearly actuals count.
 */
public interface ActivityFigures {

    /**
     * Activities held: not called off and over by {@code now}, with their checked-in participants.
     */
    List<Held> held(Collection<Long> communityIds, Instant from, Instant to, Instant now);

    /** Confirmed volunteer minutes of shifts starting in the period, at activities or course sessions. */
    List<Minutes> confirmedMinutes(Collection<Long> communityIds, Instant from, Instant to);

    record Held(long communityId, long activities, long participants) {
    }

    record Minutes(long communityId, long minutes) {
    }
}
