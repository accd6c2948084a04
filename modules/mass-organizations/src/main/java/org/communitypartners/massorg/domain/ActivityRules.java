package org.communitypartners.massorg.domain;

import java.time.Duration;
import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.massorg.MassOrganizationsModule;

/** The schedule rules of an activity, in one place. */
public final class ActivityRules {
    /** Check-in opens this long before the start (people gather early) and closes at the end. */
    public static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofHours(2);
    public static final int TITLE_LENGTH = 100;
    public static final int VENUE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int NAME_LENGTH = 50;

    private ActivityRules() {
    }

    /** Refuses a schedule whose times or capacity do not fit together. */
    public static void requireSchedule(Instant startsAt, Instant endsAt, int capacity, Instant opensAt,
                                       Instant closesAt) {
        if (startsAt == null || endsAt == null || opensAt == null || closesAt == null) {
            throw violation("activity.timesRequired");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw violation("activity.endsBeforeStart");
        }
        if (capacity <= 0) {
            throw violation("activity.capacityPositive");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw violation("activity.windowBackwards");
        }
        if (closesAt.isAfter(startsAt)) {
            throw violation("activity.windowAfterStart");
        }
    }

    /** Registration is open from {@code opensAt} (inclusive) to {@code closesAt} (exclusive). */
    public static boolean windowOpen(Instant opensAt, Instant closesAt, Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public static boolean checkInOpen(Instant startsAt, Instant endsAt, Instant now) {
        return !now.isBefore(startsAt.minus(CHECK_IN_OPENS_BEFORE)) && now.isBefore(endsAt);
    }

    public static String requireText(String text, int maxLength, String key) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > maxLength) {
            throw violation(key, maxLength);
        }
        return value;
    }

    static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(MassOrganizationsModule.BUNDLE, key, arguments);
    }
}
