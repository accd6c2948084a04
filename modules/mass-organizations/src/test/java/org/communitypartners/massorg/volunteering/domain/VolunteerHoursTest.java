package org.communitypartners.massorg.volunteering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class VolunteerHoursTest {
    private static final Instant NOW = Instant.parse("2026-08-01T10:00:00Z");

    @Test
    void shiftsAreCreditedToTheNearestQuarterHourWithEightMinutesRoundingUp() {
        assertEquals(15, VolunteerHours.creditedMinutes(Duration.ofMinutes(8)));
        assertEquals(15, VolunteerHours.creditedMinutes(Duration.ofMinutes(22)));
        assertEquals(30, VolunteerHours.creditedMinutes(Duration.ofMinutes(23)));
        assertEquals(45, VolunteerHours.creditedMinutes(Duration.ofMinutes(52)));
        assertEquals(60, VolunteerHours.creditedMinutes(Duration.ofMinutes(53)));
        assertEquals(120, VolunteerHours.creditedMinutes(Duration.ofMinutes(120)));
        assertEquals(135, VolunteerHours.creditedMinutes(Duration.ofMinutes(128)));
    }

    @Test
    void secondsAreDroppedBeforeRounding() {
        assertEquals(45, VolunteerHours.creditedMinutes(Duration.ofMinutes(52).plusSeconds(59)));
    }

    @Test
    void aShiftShorterThanEightMinutesOrLongerThanTwelveHoursIsRefused() {
        RuleViolation short_ = assertThrows(RuleViolation.class,
                () -> VolunteerHours.creditedMinutes(Duration.ofMinutes(7).plusSeconds(59)));
        assertEquals("shift.tooShort", short_.messageKey());
        assertEquals(720, VolunteerHours.creditedMinutes(Duration.ofHours(12)));
        RuleViolation long_ = assertThrows(RuleViolation.class,
                () -> VolunteerHours.creditedMinutes(Duration.ofHours(12).plusMinutes(1)));
        assertEquals("shift.tooLong", long_.messageKey());
    }

    @Test
    void hoursShowQuarterHoursExactly() {
        assertEquals(new BigDecimal("2.25"), VolunteerHours.hours(135));
        assertEquals(new BigDecimal("0.00"), VolunteerHours.hours(0));
    }

    @Test
    void onlyConfirmedShiftsCountAsVerifiedHours() {
        VolunteerShift confirmed = shift(Duration.ofMinutes(100));
        confirmed.confirm("lead", NOW);
        VolunteerShift pending = shift(Duration.ofHours(3));
        VolunteerShift rejected = shift(Duration.ofHours(2));
        rejected.reject("lead", NOW);

        assertEquals(ShiftStatus.PENDING, pending.getStatus());
        assertEquals(0, pending.getCreditedMinutes(), "nothing credited until confirmed");
        assertEquals(0, rejected.getCreditedMinutes());
        assertEquals(105, VolunteerHours.verifiedMinutes(List.of(confirmed, pending, rejected)));
    }

    @Test
    void aShiftIsDecidedOnce() {
        VolunteerShift shift = shift(Duration.ofHours(1));
        shift.confirm("lead", NOW);
        assertEquals("shift.alreadyDecided",
                assertThrows(RuleViolation.class, () -> shift.reject("lead", NOW)).messageKey());
        assertEquals("shift.alreadyDecided",
                assertThrows(RuleViolation.class, () -> shift.confirm("lead", NOW)).messageKey());
        assertEquals(60, shift.getCreditedMinutes());
    }

    @Test
    void aShiftIsAtExactlyOneActivityOrSession() {
        Instant start = NOW.minus(Duration.ofHours(2));
        assertEquals("shift.occasionRequired", assertThrows(RuleViolation.class, () -> new VolunteerShift(1, 1,
                new VolunteerShift.Occasion(1L, 2L, "x"), "引导", start, NOW, "staff", NOW)).messageKey());
        assertEquals("shift.occasionRequired", assertThrows(RuleViolation.class, () -> new VolunteerShift(1, 1,
                new VolunteerShift.Occasion(null, null, "x"), "引导", start, NOW, "staff", NOW)).messageKey());
    }

    private static VolunteerShift shift(Duration length) {
        Instant start = NOW.minus(Duration.ofHours(13));
        return new VolunteerShift(1, 2, new VolunteerShift.Occasion(3L, null, "天一社区活动室"), "签到引导", start,
                start.plus(length), "staff", NOW);
    }
}
