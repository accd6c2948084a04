package org.communitypartners.merchants.childcare.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class ChildCareRulesTest {
    private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void theRotaGapIsWhatTheMinimumStillLacksAndNeverNegative() {
        assertEquals(2, ChildCareRules.rotaGap(2, 0));
        assertEquals(1, ChildCareRules.rotaGap(2, 1));
        assertEquals(0, ChildCareRules.rotaGap(2, 2));
        assertEquals(0, ChildCareRules.rotaGap(2, 3));
        assertEquals(0, ChildCareRules.rotaGap(0, 0));
    }

    @Test
    void guardianDataIsDueForBlankingThirtyDaysAfterTheSessionEnds() {
        Instant ended = Instant.parse("2026-10-01T03:00:00Z");
        assertEquals(Instant.parse("2026-10-31T03:00:00Z"), ChildCareRules.anonymiseAfter(ended));
        assertEquals(Instant.parse("2026-10-21T02:00:00Z"), ChildCareRules.retentionCutoff(AT));
    }

    @Test
    void ageBandsAreCheckedInclusivelyAndParsedFromTheirNames() {
        assertTrue(AgeBand.PRESCHOOL.within(AgeBand.PRESCHOOL, AgeBand.PRESCHOOL));
        assertTrue(AgeBand.LOWER_PRIMARY.within(AgeBand.TODDLER, AgeBand.LOWER_PRIMARY));
        assertFalse(AgeBand.UPPER_PRIMARY.within(AgeBand.TODDLER, AgeBand.LOWER_PRIMARY));
        assertEquals(AgeBand.PRESCHOOL, AgeBand.parse(" preschool "));
        assertEquals("childcare.ageBandUnknown",
                assertThrows(RuleViolation.class, () -> AgeBand.parse("NEWBORN")).messageKey());
        assertEquals(3, AgeBand.PRESCHOOL.fromYears());
        assertEquals(6, AgeBand.PRESCHOOL.toYears());
    }

    @Test
    void aBookingKeepsOnlyTheAgeBandAndConsentOnceAnonymised() {
        CareBooking booking = new CareBooking(1, "ABCDE23456", "刘女士", new PhoneNumber("13905501234"),
                AgeBand.PRESCHOOL, BookingChannel.PUBLIC, AT);
        assertEquals("139****1234", booking.maskedPhone());
        assertEquals(ChildCareRules.CONSENT_VERSION, booking.getConsentVersion());
        assertEquals(AT, booking.getConsentAt());
        booking.anonymise(AT.plusSeconds(60));
        assertNull(booking.getGuardianName());
        assertEquals("", booking.maskedPhone());
        assertEquals(AgeBand.PRESCHOOL, booking.getAgeBand());
        assertEquals(AT, booking.getConsentAt());
    }

    @Test
    void aBookingIsCancelledOnce() {
        CareBooking booking = new CareBooking(1, "ABCDE23456", "刘女士", new PhoneNumber("13905501234"),
                AgeBand.PRESCHOOL, BookingChannel.PUBLIC, AT);
        booking.cancel(AT.plusSeconds(10));
        assertEquals(BookingStatus.CANCELLED, booking.getStatus());
        assertEquals("childcare.alreadyCancelled",
                assertThrows(RuleViolation.class, () -> booking.cancel(AT.plusSeconds(20))).messageKey());
    }

    @Test
    void aStationIsRunByThreeDifferentPartners() {
        ChildCareStation.Party mall = new ChildCareStation.Party(1, "吾悦广场");
        ChildCareStation.Party league = new ChildCareStation.Party(2, "广陵街道团工委");
        ChildCareStation.Party school = new ChildCareStation.Party(3, "小太阳早教中心");
        ChildCareStation station = new ChildCareStation(10, 11, new ChildCareStation.Details("吾悦广场带娃驿站",
                "三楼阅读角", mall, league, school, 2), "yongfu.staff", AT);
        assertEquals(java.util.Set.of(1L, 2L, 3L), station.partnerIds());
        assertEquals("childcare.partnersDistinct", assertThrows(RuleViolation.class, () -> new ChildCareStation(10, 11,
                new ChildCareStation.Details("x", "y", mall, league, mall, 2), "yongfu.staff", AT)).messageKey());
        assertEquals("childcare.partnersRequired", assertThrows(RuleViolation.class, () -> new ChildCareStation(10, 11,
                new ChildCareStation.Details("x", "y", mall, null, school, 2), "yongfu.staff", AT)).messageKey());
        assertEquals("childcare.minVolunteersRange", assertThrows(RuleViolation.class, () -> new ChildCareStation(10,
                11, new ChildCareStation.Details("x", "y", mall, league, school, 21), "yongfu.staff", AT)).messageKey());
    }
}
