package org.communitypartners.partners.orders.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One deadline of an order and, once the work it times is done, when that was. A deadline is
 * met up to and including its own instant; one second later it is overdue.
 */
public record SlaClock(Instant dueAt, Instant stoppedAt) {

    public enum Phase {
        /** Still running, time left. */
        RUNNING,
        /** Still running, past the deadline. */
        OVERDUE,
        /** Stopped in time. */
        MET,
        /** Stopped after the deadline. */
        MISSED
    }

    /** What a list shows: the phase and whole minutes left (running) or over (overdue, missed). */
    public record Reading(Phase phase, long minutes) {
    }

    public Reading read(Instant now) {
        if (stoppedAt != null) {
            return stoppedAt.isAfter(dueAt) ? new Reading(Phase.MISSED, minutesUp(dueAt, stoppedAt))
                    : new Reading(Phase.MET, 0);
        }
        if (now.isAfter(dueAt)) {
            return new Reading(Phase.OVERDUE, minutesUp(dueAt, now));
        }
        return new Reading(Phase.RUNNING, Duration.between(now, dueAt).toMinutes());
    }

    public boolean isOverdue(Instant now) {
        return read(now).phase() == Phase.OVERDUE;
    }

    /** Any part of a minute over counts as a minute: one second late is late. */
    private static long minutesUp(Instant from, Instant to) {
        Duration over = Duration.between(from, to);
        long minutes = over.toMinutes();
        return over.equals(Duration.ofMinutes(minutes)) ? minutes : minutes + 1;
    }
}
