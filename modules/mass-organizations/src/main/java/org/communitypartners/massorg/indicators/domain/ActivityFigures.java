package org.communitypartners.massorg.indicators.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Grouped counts behind the module's indicators, per community an activity (or the course of a
 * session) belongs to, for activities starting in {@code [from, to)}: the same rows as an
 * organisation's yearly actuals count. The listings page through exactly the rows the counts
 * count, newest first, so a figure can be recounted from them.
 */
public interface ActivityFigures {

    /**
     * Activities held: not called off and over by {@code now}, with their checked-in participants.
     */
    List<Held> held(Collection<Long> communityIds, Instant from, Instant to, Instant now);

    /** Confirmed volunteer minutes of shifts starting in the period, at activities or course sessions. */
    List<Minutes> confirmedMinutes(Collection<Long> communityIds, Instant from, Instant to);

    /** The activities {@link #held} counts, {@code max} of them from {@code first}, by start (newest first), then id. */
    List<HeldActivity> heldActivities(Collection<Long> communityIds, Instant from, Instant to, Instant now,
                                      int first, int max);

    /** How many activities {@link #held} counts in all. */
    long countHeld(Collection<Long> communityIds, Instant from, Instant to, Instant now);

    /** The shifts {@link #confirmedMinutes} sums, {@code max} of them from {@code first}, by start (newest first), then id. */
    List<ConfirmedShift> confirmedShifts(Collection<Long> communityIds, Instant from, Instant to, int first, int max);

    /** How many shifts {@link #confirmedMinutes} sums in all. */
    long countConfirmedShifts(Collection<Long> communityIds, Instant from, Instant to);

    record Held(long communityId, long activities, long participants) {
    }

    record Minutes(long communityId, long minutes) {
    }

    /** @param organisers the organisations' names as the activity recorded them, by name */
    record HeldActivity(long id, long communityId, String title, Instant startsAt, List<String> organisers,
                        long participants) {

        public HeldActivity {
            organisers = List.copyOf(organisers);
        }
    }

    /**
     * @param servedAt      the activity's title, or the course's for a shift at a course session
     * @param volunteerName the member's full name, for masking before anyone sees it
     */
    record ConfirmedShift(long id, long organisationId, Instant startedAt, String servedAt, String volunteerName,
                          long minutes) {
    }
}
