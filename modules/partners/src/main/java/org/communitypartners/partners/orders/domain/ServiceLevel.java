package org.communitypartners.partners.orders.domain;

import java.time.Duration;
import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/**
 * The promise made per category: accept within so long, resolve within so long, both counted
 * from submission in calendar time (a burst pipe does not wait for office hours).
 */
public record ServiceLevel(Duration acceptWithin, Duration resolveWithin) {

    public ServiceLevel {
        if (acceptWithin == null || resolveWithin == null || acceptWithin.isNegative() || acceptWithin.isZero()
                || resolveWithin.compareTo(acceptWithin) < 0) {
            throw new RuleViolation(PartnersModule.BUNDLE, "category.serviceLevel");
        }
    }

    public static ServiceLevel ofMinutes(int acceptMinutes, int resolveMinutes) {
        return new ServiceLevel(Duration.ofMinutes(acceptMinutes), Duration.ofMinutes(resolveMinutes));
    }

    public Instant acceptBy(Instant start) {
        return start.plus(acceptWithin);
    }

    public Instant resolveBy(Instant start) {
        return start.plus(resolveWithin);
    }
}
