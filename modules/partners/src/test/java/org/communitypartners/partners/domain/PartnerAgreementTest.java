package org.communitypartners.partners.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class PartnerAgreementTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static PartnerAgreement endingOn(LocalDate end) {
        return new PartnerAgreement(1L, LocalDate.of(2026, 1, 1), end, "每周保洁两次", "提供场地", "admin", Instant.EPOCH);
    }

    @Test
    void endingTodayOrOnTheThirtiethDayIsExpiringAndTheThirtyFirstIsNot() {
        assertTrue(endingOn(TODAY).expiresWithin(TODAY, 30));
        assertTrue(endingOn(TODAY.plusDays(30)).expiresWithin(TODAY, 30));
        assertFalse(endingOn(TODAY.plusDays(31)).expiresWithin(TODAY, 30));
    }

    @Test
    void anAgreementAlreadyEndedOrNotYetStartedIsNotExpiring() {
        assertFalse(endingOn(TODAY.minusDays(1)).expiresWithin(TODAY, 30));
        PartnerAgreement future = new PartnerAgreement(1L, TODAY.plusDays(5), TODAY.plusDays(10), "承诺", "承诺", "admin",
                Instant.EPOCH);
        assertFalse(future.expiresWithin(TODAY, 30));
    }

    @Test
    void aTermMayBeOneDayButNotEndBeforeItStarts() {
        new PartnerAgreement(1L, TODAY, TODAY, "承诺", "承诺", "admin", Instant.EPOCH);
        assertEquals("agreement.term", assertThrows(RuleViolation.class,
                () -> new PartnerAgreement(1L, TODAY, TODAY.minusDays(1), "承诺", "承诺", "admin", Instant.EPOCH))
                .messageKey());
        assertEquals("agreement.term", assertThrows(RuleViolation.class,
                () -> new PartnerAgreement(1L, null, TODAY, "承诺", "承诺", "admin", Instant.EPOCH)).messageKey());
    }

    @Test
    void bothSidesStateTheirCommitments() {
        assertEquals("agreement.commitments", assertThrows(RuleViolation.class,
                () -> new PartnerAgreement(1L, TODAY, TODAY, " ", "提供场地", "admin", Instant.EPOCH)).messageKey());
        assertEquals("agreement.commitments", assertThrows(RuleViolation.class,
                () -> new PartnerAgreement(1L, TODAY, TODAY, "承诺", "字".repeat(2001), "admin", Instant.EPOCH))
                .messageKey());
    }
}
