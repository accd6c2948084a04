package org.communitypartners.merchants.eligibility.domain;

import static org.communitypartners.merchants.eligibility.domain.EligibilityCategory.AGED_80_PLUS;
import static org.communitypartners.merchants.eligibility.domain.EligibilityCategory.DISABLED;
import static org.communitypartners.merchants.eligibility.domain.EligibilityCategory.LIVING_ALONE;
import static org.communitypartners.merchants.eligibility.domain.EligibilityCategory.LOW_INCOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;

class TierPricesTest {
    private static final TierPrices HAIRCUT = new TierPrices(new BigDecimal("10"),
            Map.of(LOW_INCOME, BigDecimal.ZERO, DISABLED, BigDecimal.ZERO, AGED_80_PLUS, new BigDecimal("5")));

    @Test
    void aResidentPaysTheLowestPriceAmongTheCategoriesTheOfferPrices() {
        TierPrices.Choice choice = HAIRCUT.cheapestFor(List.of(AGED_80_PLUS, DISABLED)).orElseThrow();
        assertEquals(new BigDecimal("0.00"), choice.price());
        assertEquals(DISABLED, choice.category());
        assertEquals(new BigDecimal("5.00"), HAIRCUT.cheapestFor(List.of(AGED_80_PLUS)).orElseThrow().price());
    }

    @Test
    void equalPricesGoToTheFirstNamedCategoryWhateverTheOrderRead() {
        assertEquals(LOW_INCOME, HAIRCUT.cheapestFor(List.of(DISABLED, LOW_INCOME)).orElseThrow().category());
        assertEquals(LOW_INCOME, HAIRCUT.cheapestFor(List.of(LOW_INCOME, DISABLED)).orElseThrow().category());
    }

    @Test
    void aCategoryTheOfferDoesNotPriceGivesNoBenefit() {
        assertTrue(HAIRCUT.cheapestFor(List.of(LIVING_ALONE)).isEmpty());
        assertTrue(HAIRCUT.cheapestFor(List.of()).isEmpty());
    }

    @Test
    void pricesAreRoundedHalfUpToTheFen() {
        TierPrices meal = new TierPrices(new BigDecimal("15.005"), Map.of(AGED_80_PLUS, new BigDecimal("5.994")));
        assertEquals(new BigDecimal("15.01"), meal.normalPrice());
        assertEquals(new BigDecimal("5.99"), meal.prices().get(AGED_80_PLUS));
        assertEquals(new BigDecimal("5.99"), meal.lowest());
    }

    @Test
    void aTierPriceAboveTheNormalPriceIsNoBenefitAndRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> new TierPrices(BigDecimal.TEN, Map.of(LOW_INCOME, new BigDecimal("10.01"))));
        assertEquals("offer.tierAboveNormal", refused.messageKey());
        assertEquals(new BigDecimal("10.00"),
                new TierPrices(BigDecimal.TEN, Map.of(LOW_INCOME, BigDecimal.TEN)).highest());
    }

    @Test
    void negativeOrMissingPricesAndNoTierAtAllAreRefused() {
        assertEquals("offer.tierPriceInvalid", assertThrows(RuleViolation.class,
                () -> new TierPrices(BigDecimal.TEN, Map.of(LOW_INCOME, new BigDecimal("-1")))).messageKey());
        assertEquals("offer.normalPriceRequired", assertThrows(RuleViolation.class,
                () -> new TierPrices(null, Map.of(LOW_INCOME, BigDecimal.ONE))).messageKey());
        Map<EligibilityCategory, BigDecimal> unpriced = new HashMap<>();
        unpriced.put(LOW_INCOME, null);
        assertEquals("offer.tierRequired", assertThrows(RuleViolation.class,
                () -> new TierPrices(BigDecimal.TEN, unpriced)).messageKey());
    }
}
