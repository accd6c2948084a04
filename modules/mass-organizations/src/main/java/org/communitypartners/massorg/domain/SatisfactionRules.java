package org.communitypartners.massorg.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Who may rate an activity and when: only someone who registered and was checked in (so
 * attended), from the end of the activity for {@link #RATING_PERIOD}, a score from 1 to 5.
 */
public final class SatisfactionRules {
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** Long enough for a resident to find the page again, short enough that scores describe the day. */
    public static final Duration RATING_PERIOD = Duration.ofDays(30);

    private SatisfactionRules() {
    }

    /** Refuses a rating by this registration at {@code now}; the reasons in the order a resident would ask. */
    public static void requireMayRate(Activity activity, Registration registration, Instant now) {
        if (!sameActivity(activity, registration)) {
            throw ActivityRules.violation("rating.notParticipant");
        }
        if (activity.getStatus() == ActivityStatus.CANCELLED) {
            throw ActivityRules.violation("activity.cancelled");
        }
        if (registration.getStatus() != RegistrationStatus.ATTENDED) {
            throw ActivityRules.violation("rating.notParticipant");
        }
        if (now.isBefore(activity.getEndsAt())) {
            throw ActivityRules.violation("rating.notYetOver");
        }
        if (!now.isBefore(activity.getEndsAt().plus(RATING_PERIOD))) {
            throw ActivityRules.violation("rating.closed", RATING_PERIOD.toDays());
        }
    }

    public static boolean mayRate(Activity activity, Registration registration, Instant now) {
        return activity.getStatus() == ActivityStatus.SCHEDULED && sameActivity(activity, registration)
                && registration.getStatus() == RegistrationStatus.ATTENDED && !now.isBefore(activity.getEndsAt())
                && now.isBefore(activity.getEndsAt().plus(RATING_PERIOD));
    }

    private static boolean sameActivity(Activity activity, Registration registration) {
        return registration.getActivityId() == (activity.getId() == null ? 0 : activity.getId());
    }

    public static int requireScore(Integer score) {
        if (score == null || score < LOWEST || score > HIGHEST) {
            throw ActivityRules.violation("rating.scoreRange", LOWEST, HIGHEST);
        }
        return score;
    }
}
