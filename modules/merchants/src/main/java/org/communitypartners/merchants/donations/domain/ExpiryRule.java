package org.communitypartners.merchants.donations.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a placed item needs attention. The expiry date is the last day the item is good for (as
 * printed, 有效期至): from {@link #REMIND_DAYS} days before it up to and including that day the
 * placement is due soon; from the day after, it has expired.
 */
public final class ExpiryRule {
    public static final int REMIND_DAYS = 30;

    private ExpiryRule() {
    }

    /** The threshold the placement has reached on the day, or empty while expiry is further off. */
    public static Optional<ExpiryThreshold> reached(LocalDate expiresOn, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
        if (daysLeft < 0) {
            return Optional.of(ExpiryThreshold.EXPIRED);
        }
        if (daysLeft <= REMIND_DAYS) {
            return Optional.of(ExpiryThreshold.DUE_SOON);
        }
        return Optional.empty();
    }

    /** The latest expiry date that counts as due on the day: the daily job looks at placements up to it. */
    public static LocalDate dueUpTo(LocalDate today) {
        return today.plusDays(REMIND_DAYS);
    }

    public static long daysLeft(LocalDate expiresOn, LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }
}
