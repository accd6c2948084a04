package org.communitypartners.merchants.childcare.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class CareSessionTest {
    private static final Instant STARTS = Instant.parse("2026-12-05T01:30:00Z");
    private static final Instant BEFORE = STARTS.minus(Duration.ofDays(2));

    private static CareSession session(int capacity, AgeBand youngest, AgeBand oldest) {
        return new CareSession(1, new CareSession.Plan(STARTS, STARTS.plus(Duration.ofMinutes(90)), "绘本共读", capacity,
                youngest, oldest));
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void theLastSeatIsTakenAndTheNextBookingIsRefusedAsFull() {
        CareSession session = session(2, AgeBand.PRESCHOOL, AgeBand.PRESCHOOL);
        session.takeSeat(AgeBand.PRESCHOOL, true, BEFORE);
        session.takeSeat(AgeBand.PRESCHOOL, true, BEFORE);
        assertEquals(0, session.freeSeats());
        assertEquals("childcare.full", refusal(() -> session.takeSeat(AgeBand.PRESCHOOL, true, BEFORE)));
        assertEquals(2, session.getSeatsTaken(), "a refused booking takes no seat");
    }

    @Test
    void aCancelledBookingFreesItsSeatForTheNextGuardian() {
        CareSession session = session(1, AgeBand.PRESCHOOL, AgeBand.PRESCHOOL);
        session.takeSeat(AgeBand.PRESCHOOL, true, BEFORE);
        session.releaseSeat(BEFORE.plusSeconds(60));
        session.takeSeat(AgeBand.PRESCHOOL, true, BEFORE.plusSeconds(120));
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void onlyChildrenOfTheSessionsAgeBandsAreBooked() {
        CareSession session = session(10, AgeBand.PRESCHOOL, AgeBand.LOWER_PRIMARY);
        session.takeSeat(AgeBand.PRESCHOOL, true, BEFORE);
        session.takeSeat(AgeBand.LOWER_PRIMARY, true, BEFORE);
        assertEquals("childcare.ageBandNotServed", refusal(() -> session.takeSeat(AgeBand.TODDLER, true, BEFORE)));
        assertEquals("childcare.ageBandNotServed",
                refusal(() -> session.takeSeat(AgeBand.UPPER_PRIMARY, true, BEFORE)));
        assertEquals("childcare.ageBandRequired", refusal(() -> session.takeSeat(null, true, BEFORE)));
    }

    @Test
    void aBookingWithoutTheGuardiansConsentIsRefused() {
        CareSession session = session(10, AgeBand.PRESCHOOL, AgeBand.PRESCHOOL);
        assertEquals("childcare.consentRequired", refusal(() -> session.takeSeat(AgeBand.PRESCHOOL, false, BEFORE)));
        assertEquals(0, session.getSeatsTaken());
    }

    @Test
    void bookingClosesWhenTheSessionStartsOrIsCancelled() {
        CareSession session = session(10, AgeBand.PRESCHOOL, AgeBand.PRESCHOOL);
        session.takeSeat(AgeBand.PRESCHOOL, true, STARTS.minusMillis(1));
        assertEquals("childcare.bookingClosed", refusal(() -> session.takeSeat(AgeBand.PRESCHOOL, true, STARTS)));
        assertEquals("childcare.cancelClosed", refusal(() -> session.releaseSeat(STARTS)));
        CareSession called = session(10, AgeBand.PRESCHOOL, AgeBand.PRESCHOOL);
        called.cancel();
        assertEquals("childcare.bookingClosed", refusal(() -> called.takeSeat(AgeBand.PRESCHOOL, true, BEFORE)));
    }

    @Test
    void theCapacityNeverFallsBelowTheSeatsTaken() {
        CareSession session = session(3, AgeBand.PRESCHOOL, AgeBand.PRESCHOOL);
        session.takeSeat(AgeBand.PRESCHOOL, true, BEFORE);
        session.takeSeat(AgeBand.PRESCHOOL, true, BEFORE);
        CareSession.Plan smaller = new CareSession.Plan(STARTS, STARTS.plus(Duration.ofHours(1)), "绘本共读", 1,
                AgeBand.PRESCHOOL, AgeBand.PRESCHOOL);
        assertEquals("childcare.capacityBelowBooked", refusal(() -> session.plan(smaller)));
        session.plan(new CareSession.Plan(STARTS, STARTS.plus(Duration.ofHours(1)), "绘本共读", 2, AgeBand.PRESCHOOL,
                AgeBand.PRESCHOOL));
        assertEquals(0, session.freeSeats());
    }

    @Test
    void aPlanNeedsAnEndAfterItsStartCapacityAndOrderedBands() {
        assertEquals("childcare.timeOrder", refusal(() -> new CareSession(1, new CareSession.Plan(STARTS, STARTS, "x", 5,
                AgeBand.TODDLER, AgeBand.TODDLER))));
        assertEquals("childcare.timeOrder", refusal(() -> new CareSession(1, new CareSession.Plan(STARTS,
                STARTS.plus(Duration.ofHours(13)), "x", 5, AgeBand.TODDLER, AgeBand.TODDLER))));
        assertEquals("childcare.capacityRange", refusal(() -> session(0, AgeBand.TODDLER, AgeBand.TODDLER)));
        assertEquals("childcare.capacityRange", refusal(() -> session(201, AgeBand.TODDLER, AgeBand.TODDLER)));
        assertEquals("childcare.ageBandOrder", refusal(() -> session(5, AgeBand.LOWER_PRIMARY, AgeBand.TODDLER)));
    }
}
