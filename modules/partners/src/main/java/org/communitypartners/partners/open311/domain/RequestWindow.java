package org.communitypartners.partners.open311.domain;

import java.time.Duration;
import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/**
 * The span of a GET requests (or updates) query, [from, to]: at most 90 days, as the spec
 * allows. Without dates it is the 90 days up to now (the spec's default); with one date it
 * reaches 90 days from that date towards the other side.
 */
public record RequestWindow(Instant from, Instant to) {
    public static final Duration MAX_SPAN = Duration.ofDays(90);

    public static RequestWindow of(Instant start, Instant end, Instant now) {
        if (start == null && end == null) {
            return new RequestWindow(now.minus(MAX_SPAN), now);
        }
        if (start == null) {
            return new RequestWindow(end.minus(MAX_SPAN), end);
        }
        if (end == null) {
            return new RequestWindow(start, start.plus(MAX_SPAN));
        }
        if (end.isBefore(start)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "open311.dateOrder");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new RuleViolation(PartnersModule.BUNDLE, "open311.dateSpan", MAX_SPAN.toDays());
        }
        return new RequestWindow(start, end);
    }
}
