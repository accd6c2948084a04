package org.communitypartners.merchants.offers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.eligibility.domain.TierPrices;
import org.junit.jupiter.api.Test;

class BenefitOfferTest {
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
    private static final TierPrices HAIRCUT = new TierPrices(BigDecimal.TEN,
            Map.of(EligibilityCategory.LOW_INCOME, BigDecimal.ZERO, EligibilityCategory.DISABLED, BigDecimal.ZERO));

    private static BenefitOffer offer(int quota) {
        return new BenefitOffer(1, 2, 3, new BenefitOffer.Terms("理发", HAIRCUT, FROM, UNTIL, quota), "wang", NOW);
    }

    @Test
    void theQuotaGivesExactlyItsNumberOfPersonTimesAMonth() {
        BenefitOffer offer = offer(3);
        YearMonth november = YearMonth.of(2026, 11);
        assertTrue(offer.takeQuota(november));
        assertTrue(offer.takeQuota(november));
        assertTrue(offer.takeQuota(november));
        assertFalse(offer.takeQuota(november), "the fourth of a quota of three");
        assertEquals(3, offer.usedIn(november));
    }

    @Test
    void aNewMonthStartsAFreshQuota() {
        BenefitOffer offer = offer(1);
        assertTrue(offer.takeQuota(YearMonth.of(2026, 11)));
        assertFalse(offer.takeQuota(YearMonth.of(2026, 11)));
        assertEquals(0, offer.usedIn(YearMonth.of(2026, 12)));
        assertTrue(offer.takeQuota(YearMonth.of(2026, 12)));
        assertEquals(0, offer.usedIn(YearMonth.of(2026, 11)), "only the latest month is counted on the row");
    }

    @Test
    void anOfferIsValidFromItsFirstThroughItsLastDay() {
        BenefitOffer offer = offer(10);
        assertTrue(offer.validOn(FROM));
        assertTrue(offer.validOn(UNTIL));
        assertFalse(offer.validOn(FROM.minusDays(1)));
        assertFalse(offer.validOn(UNTIL.plusDays(1)));
    }

    @Test
    void theTermsNeedAServiceAQuotaAndAnOrderlyValidity() {
        assertEquals("offer.quota", assertThrows(RuleViolation.class,
                () -> new BenefitOffer.Terms("理发", HAIRCUT, FROM, UNTIL, 0)).messageKey());
        assertEquals("offer.quota", assertThrows(RuleViolation.class,
                () -> new BenefitOffer.Terms("理发", HAIRCUT, FROM, UNTIL, OfferRules.MAX_QUOTA + 1)).messageKey());
        assertEquals("offer.validity", assertThrows(RuleViolation.class,
                () -> new BenefitOffer.Terms("理发", HAIRCUT, UNTIL, FROM, 5)).messageKey());
        assertEquals("offer.serviceRequired", assertThrows(RuleViolation.class,
                () -> new BenefitOffer.Terms(" ", HAIRCUT, FROM, UNTIL, 5)).messageKey());
    }
}
