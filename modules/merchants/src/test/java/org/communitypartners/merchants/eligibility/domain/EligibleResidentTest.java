package org.communitypartners.merchants.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class EligibleResidentTest {
    private static final FieldCipher CIPHER = new FieldCipher(new byte[32], "test-eligibility");
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final ResidentIdentity XUE = new ResidentIdentity("34118119450302002x",
            new PhoneNumber("13905501234"));

    @Test
    void theIdNumberIsStoredEncryptedAndShownMasked() {
        EligibleResident resident = new EligibleResident(1, 2, "薛奶奶", XUE, CIPHER, "tianfu.staff", NOW);
        assertEquals("341***********002X", resident.getIdNumberMasked());
        assertEquals("139****1234", resident.getPhoneMasked());
        assertEquals("34118119450302002X", resident.revealIdNumber(CIPHER));
        assertFalse(resident.isConsentGiven(), "consent is separate and recorded on its own");
    }

    @Test
    void onlyTheIdNumberTogetherWithTheRegisteredMobileProvesTheResident() {
        EligibleResident resident = new EligibleResident(1, 2, "薛奶奶", XUE, CIPHER, "tianfu.staff", NOW);
        assertTrue(resident.provenBy(new ResidentIdentity("34118119450302002X", new PhoneNumber("13905501234")), CIPHER));
        assertFalse(resident.provenBy(new ResidentIdentity("34118119450302002X", new PhoneNumber("13905501235")),
                CIPHER));
        assertFalse(resident.provenBy(new ResidentIdentity("341181194503020039", new PhoneNumber("13905501234")),
                CIPHER));
    }

    @Test
    void consentIsRecordedWithWhoTookItDownAndCanBeWithdrawn() {
        EligibleResident resident = new EligibleResident(1, 2, "薛奶奶", XUE, CIPHER, "tianfu.staff", NOW);
        resident.recordConsent(true, "tianfu.staff", NOW);
        assertTrue(resident.isConsentGiven());
        assertEquals("tianfu.staff", resident.getConsentRecordedBy());
        resident.recordConsent(false, "guangling.admin", NOW.plusSeconds(5));
        assertFalse(resident.isConsentGiven());
        assertEquals(NOW.plusSeconds(5), resident.getConsentRecordedAt());
    }

    @Test
    void anEligibilityHoldsThroughItsLastDayUnlessRevoked() {
        EligibilityGrant grant = new EligibilityGrant(7, EligibilityCategory.LOW_INCOME, "民政低保证 2026-0153",
                TODAY.plusDays(10), TODAY, CIPHER, "tianfu.staff", NOW);
        assertEquals(EligibilityCategory.LOW_INCOME, grant.category(CIPHER));
        assertEquals("民政低保证 2026-0153", grant.evidence(CIPHER));
        assertTrue(grant.validOn(TODAY.plusDays(10)));
        assertFalse(grant.validOn(TODAY.plusDays(11)));
        grant.revoke("tianfu.staff", NOW);
        assertFalse(grant.validOn(TODAY));
    }

    @Test
    void anEligibilityNeedsACategoryEvidenceAndAFutureLastDay() {
        assertEquals("eligibility.validUntilPast", assertThrows(RuleViolation.class, () -> new EligibilityGrant(7,
                EligibilityCategory.DISABLED, "残疾证", TODAY.minusDays(1), TODAY, CIPHER, "x", NOW)).messageKey());
        assertEquals("eligibility.evidenceRequired", assertThrows(RuleViolation.class, () -> new EligibilityGrant(7,
                EligibilityCategory.DISABLED, " ", TODAY, TODAY, CIPHER, "x", NOW)).messageKey());
        assertEquals("eligibility.categoryRequired", assertThrows(RuleViolation.class, () -> new EligibilityGrant(7,
                null, "残疾证", TODAY, TODAY, CIPHER, "x", NOW)).messageKey());
    }

    @Test
    void anIdentityNeedsAnIdNumberShapeAndAMobile() {
        assertEquals("eligibility.idNumberShape", assertThrows(RuleViolation.class,
                () -> new ResidentIdentity("3411811945", new PhoneNumber("13905501234"))).messageKey());
        assertEquals("eligibility.mobileRequired", assertThrows(RuleViolation.class,
                () -> new ResidentIdentity("34118119450302002X", new PhoneNumber("0550-7021234"))).messageKey());
    }
}
