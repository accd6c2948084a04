package org.communitypartners.massorg.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What is kept after an activity (summary, photos, ratings) and the calendar's reads by month. */
public interface ActivityReviewRepository {

    Optional<ActivitySummary> summary(long activityId);

    /** The summaries of those of the activities that have one, by activity id. */
    Map<Long, ActivitySummary> summaries(Collection<Long> activityIds);

    ActivitySummary add(ActivitySummary summary);

    /** Writes a changed summary now, so the version read back is the one the next change must send. */
    ActivitySummary saved(ActivitySummary summary);

    ActivityPhoto add(ActivityPhoto photo);

    long countPhotos(long activityId);

    /** The ids of the activity's photos in the order they were added. */
    List<Long> photoIds(long activityId);

    /** The first photo of each of the activities that have one, by activity id. */
    Map<Long, Long> firstPhotoIds(Collection<Long> activityIds);

    Optional<ActivityPhoto> photo(long id);

    void remove(ActivityPhoto photo);

    Optional<ActivityRating> ratingOf(long registrationId);

    /** Adds the first rating of a registration; refuses a second one when two requests race. */
    ActivityRating add(ActivityRating rating);

    /** score → number of ratings of the activity. */
    Map<Integer, Long> scores(long activityId);

    /**
     * score → number of ratings, per organiser partner, of the activities that started in
     * [{@code from}, {@code to}) and were not called off; only {@code partnerId} when given.
     */
    Map<Long, Map<Integer, Long>> scoresByOrganiser(Instant from, Instant to, Long partnerId);

    /** The community's activities starting in [{@code from}, {@code to}), not called off, by start, at most {@code limit}. */
    List<Activity> starting(long communityId, Instant from, Instant to, int limit);
}
