package org.communitypartners.partners.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.orders.domain.SlaClock.Phase;
import org.junit.jupiter.api.Test;

class SlaClockTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ServiceLevel TWO_HOURS_THREE_DAYS = ServiceLevel.ofMinutes(120, 3 * 24 * 60);

    private static Instant at(String localTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localTime), SHANGHAI).toInstant();
    }

    @Test
    void aDeadlineExactlyOnTheMinuteIsStillMetOneSecondLaterItIsOverdue() {
        SlaClock clock = new SlaClock(at("2026-11-28T10:00:00"), null);

        assertEquals(new SlaClock.Reading(Phase.RUNNING, 0), clock.read(at("2026-11-28T10:00:00")));
        assertEquals(new SlaClock.Reading(Phase.OVERDUE, 1), clock.read(at("2026-11-28T10:00:01")));
        assertEquals(new SlaClock.Reading(Phase.OVERDUE, 1), clock.read(at("2026-11-28T10:01:00")));
        assertEquals(new SlaClock.Reading(Phase.OVERDUE, 2), clock.read(at("2026-11-28T10:01:01")));
    }

    @Test
    void minutesLeftAreWholeMinutesRoundedDown() {
        SlaClock clock = new SlaClock(at("2026-11-28T10:00:00"), null);

        assertEquals(new SlaClock.Reading(Phase.RUNNING, 0), clock.read(at("2026-11-28T09:59:01")));
        assertEquals(new SlaClock.Reading(Phase.RUNNING, 1), clock.read(at("2026-11-28T09:59:00")));
        assertEquals(new SlaClock.Reading(Phase.RUNNING, 90), clock.read(at("2026-11-28T08:30:00")));
    }

    @Test
    void clocksRunThroughTheNight() {
        Instant lateEvening = at("2026-11-28T23:30:00");

        assertEquals(at("2026-11-29T01:30:00"), TWO_HOURS_THREE_DAYS.acceptBy(lateEvening));
        assertEquals(at("2026-12-01T23:30:00"), TWO_HOURS_THREE_DAYS.resolveBy(lateEvening));
        SlaClock accept = new SlaClock(TWO_HOURS_THREE_DAYS.acceptBy(lateEvening), null);
        assertEquals(new SlaClock.Reading(Phase.RUNNING, 60), accept.read(at("2026-11-29T00:30:00")));
        assertTrue(accept.isOverdue(at("2026-11-29T03:00:00")));
    }

    @Test
    void aStoppedClockIsMetOrMissedWhateverTheTimeNow() {
        Instant due = at("2026-11-28T10:00:00");

        assertEquals(new SlaClock.Reading(Phase.MET, 0), new SlaClock(due, due).read(at("2026-12-31T00:00:00")));
        assertEquals(new SlaClock.Reading(Phase.MISSED, 61),
                new SlaClock(due, at("2026-11-28T11:00:30")).read(at("2026-11-28T09:00:00")));
        assertFalse(new SlaClock(due, at("2026-11-28T11:00:00")).isOverdue(at("2026-11-28T12:00:00")));
    }

    @Test
    void anOrdersClockStartsAtSubmissionAndMovesToResolutionOnceAccepted() {
        Clock fixed = Clock.fixed(at("2026-11-28T22:15:00"), SHANGHAI);
        WorkOrder order = WorkOrders.submitted(fixed.instant());

        assertEquals(at("2026-11-29T00:15:00"), order.currentClock().dueAt(), "accept within 2 h, across midnight");
        order.dispatch(WorkOrderStep.DISPATCH, 7, Actor.COMMUNITY, null, fixed.instant());
        order.take(WorkOrderStep.ACCEPT, Actor.PARTNER, null, at("2026-11-28T23:00:00"));

        assertEquals(at("2026-12-01T22:15:00"), order.currentClock().dueAt(), "then resolve within 3 days");
        assertEquals(Phase.MET, order.acceptClock().read(fixed.instant()).phase());
    }

    @Test
    void aServiceLevelMustBeSensible() {
        assertThrows(RuleViolation.class, () -> ServiceLevel.ofMinutes(0, 60));
        assertThrows(RuleViolation.class, () -> ServiceLevel.ofMinutes(120, 60));
        assertThrows(RuleViolation.class, () -> new ServiceLevel(Duration.ofMinutes(-5), Duration.ofHours(1)));
        assertEquals(Duration.ofHours(2), ServiceLevel.ofMinutes(120, 120).resolveWithin());
    }
}
