package org.communitypartners.massorg.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.communitypartners.massorg.domain.ActivitySummary;
import org.communitypartners.massorg.domain.Satisfaction;

/**
 * An activity looked back on: its summary (null before one is written), who checked in, the
 * participant count people read (corrected by staff or counted from check-ins), its photos and how
 * satisfied participants were ({@code satisfactionCounts} from score 1 to 5; no mean without ratings).
 */
public record ReviewView(long activityId, boolean over, String summary, String writtenBy, Instant writtenAt,
                         long checkedIn, Integer correctedCount, String correctionReason, int participantCount,
                         List<Long> photoIds, long ratings, BigDecimal meanSatisfaction, List<Long> satisfactionCounts,
                         long version) {

    static ReviewView of(long activityId, boolean over, ActivitySummary summary, long checkedIn, List<Long> photoIds,
                         Satisfaction satisfaction) {
        return new ReviewView(activityId, over, summary == null ? null : summary.getSummary(),
                summary == null ? null : summary.getWrittenBy(), summary == null ? null : summary.getWrittenAt(),
                checkedIn, summary == null ? null : summary.getCorrectedCount(),
                summary == null ? null : summary.getCorrectionReason(),
                summary == null ? (int) checkedIn : summary.participantCount(checkedIn), List.copyOf(photoIds),
                satisfaction.ratings(), satisfaction.mean(), satisfaction.counts(),
                summary == null ? 0 : summary.getVersion());
    }

    /** The distribution for screens (percentages, scores high first). */
    public Satisfaction satisfaction() {
        return new Satisfaction(satisfactionCounts);
    }

    /** For the public pages: a past activity has something to show once it has a summary or photos. */
    public boolean worthShowing() {
        return over && (summary != null || !photoIds.isEmpty() || ratings > 0);
    }
}
