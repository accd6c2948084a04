package org.communitypartners.partners.lists.domain;

import java.time.LocalDate;

/**
 * The days an offer is available: from a first day, until a last day (inclusive) or open-ended.
 *
 * @param to the last day, or null when the offer has no end yet
 */
public record AvailabilityWindow(LocalDate from, LocalDate to) {

    public AvailabilityWindow {
        if (from == null) {
            throw ListRules.violation("offer.availableFromRequired");
        }
        if (to != null && to.isBefore(from)) {
            throw ListRules.violation("offer.availableToBeforeFrom");
        }
    }

    /** Whether the last day has passed by {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return to != null && to.isBefore(day);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !endedBefore(day);
    }
}
