package org.communitypartners.merchants.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Map;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.donations.domain.Persisted;
import org.junit.jupiter.api.Test;

class MerchantProfileTest {
    private static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");

    private static MerchantProfile.Details details(String phone) {
        return new MerchantProfile.Details(3, "王大能工作室", MerchantCategory.BARBER, "益民小区南门 12 号",
                GeoPoint.of("32.690", "118.995"), phone, OpeningHours.of(Map.of(DayOfWeek.MONDAY, "09:00-18:00")));
    }

    private static MerchantProfile barber() {
        return new MerchantProfile(7, 2, details("0550-7012345"), "tianfu.staff", NOW);
    }

    @Test
    void theCaringMarkRecordsWhoAndWhenAndIsWithdrawnWithAReason() {
        MerchantProfile profile = barber();
        profile.markCaring("tianfu.staff", NOW);
        assertTrue(profile.isCaring());
        assertEquals("tianfu.staff", profile.getCaringMarkedBy());
        assertEquals("caring.alreadyMarked",
                assertThrows(RuleViolation.class, () -> profile.markCaring("x", NOW)).messageKey());
        assertEquals("caring.reasonRequired",
                assertThrows(RuleViolation.class, () -> profile.withdrawCaring("  ", "x", NOW)).messageKey());
        assertTrue(profile.isCaring(), "a refused withdrawal changes nothing");
        profile.withdrawCaring("停止公益服务", "guangling.admin", NOW.plusSeconds(60));
        assertFalse(profile.isCaring());
        assertEquals("停止公益服务", profile.getCaringWithdrawalReason());
        assertEquals("guangling.admin", profile.getCaringWithdrawnBy());
        assertEquals("caring.notMarked",
                assertThrows(RuleViolation.class, () -> profile.withdrawCaring("again", "x", NOW)).messageKey());
        profile.markCaring("tianfu.staff", NOW.plusSeconds(120));
        assertNull(profile.getCaringWithdrawalReason(), "marked again: the old withdrawal no longer applies");
    }

    @Test
    void publicPhonesAreDigitsWithDashesOrSpaces() {
        assertEquals("13955556666", new MerchantProfile(7, 2, details(" 13955556666 "), "x", NOW).getPublicPhone());
        assertNull(new MerchantProfile(7, 2, details(""), "x", NOW).getPublicPhone());
        assertEquals("merchant.phoneFormat",
                assertThrows(RuleViolation.class, () -> new MerchantProfile(7, 2, details("call me"), "x", NOW)).messageKey());
    }

    @Test
    void pricesAreYuanWithTwoDecimalsAtMost() {
        assertEquals(new BigDecimal("10.00"), LibraryRules.price(new BigDecimal("10")));
        assertEquals(new BigDecimal("0.00"), LibraryRules.price(BigDecimal.ZERO));
        assertEquals("service.priceRange", assertThrows(RuleViolation.class,
                () -> LibraryRules.price(new BigDecimal("-1"))).messageKey());
        assertEquals("service.priceRange", assertThrows(RuleViolation.class,
                () -> LibraryRules.price(new BigDecimal("9.999"))).messageKey());
        assertEquals("service.priceRequired", assertThrows(RuleViolation.class,
                () -> new OfferedService(1, "理发", null, null)).messageKey());
    }

    @Test
    void hoursAreKeptAndReadBack() {
        assertEquals("09:00-18:00", barber().hours().typed(DayOfWeek.MONDAY));
        assertEquals(new BigDecimal("32.690000"), barber().location().latitude());
    }

    @Test
    void theListingFollowsThePartnerWithoutCountingAsAnEditAndKeepsEachChange() {
        MerchantProfile profile = Persisted.withId(barber(), 12);
        assertTrue(profile.isListed(), "a new profile belongs to an active partner");
        ListingChange suspended = profile.followPartner(false, NOW.plusSeconds(60));
        assertFalse(profile.isListed());
        assertEquals(12, suspended.getProfileId());
        assertFalse(suspended.isListed());
        assertEquals(NOW.plusSeconds(60), suspended.getChangedAt());
        assertEquals("tianfu.staff", profile.getUpdatedBy());
        assertEquals(NOW, profile.getUpdatedAt());
        assertTrue(profile.followPartner(true, NOW.plusSeconds(120)).isListed());
        assertTrue(profile.isListed());
    }
}
