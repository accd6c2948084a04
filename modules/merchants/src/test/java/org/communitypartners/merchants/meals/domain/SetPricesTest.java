package org.communitypartners.merchants.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.junit.jupiter.api.Test;

class SetPricesTest {

    @Test
    void eachCategoryPaysItsPriceAndOthersTheStandardOne() {
        SetPrices xiaoqin = new SetPrices(new BigDecimal("15"), Map.of(EligibilityCategory.LOW_INCOME, new BigDecimal("6"),
                EligibilityCategory.AGED_80_PLUS, new BigDecimal("8.5")));
        assertEquals(new BigDecimal("6.00"), xiaoqin.priceFor(EligibilityCategory.LOW_INCOME));
        assertEquals(new BigDecimal("8.50"), xiaoqin.priceFor(EligibilityCategory.AGED_80_PLUS));
        assertEquals(new BigDecimal("15.00"), xiaoqin.priceFor(EligibilityCategory.LIVING_ALONE));
        assertEquals(new BigDecimal("15.00"), xiaoqin.priceFor(null));
        assertEquals(Optional.of(new BigDecimal("6.00")), xiaoqin.lowestSubsidised(), "from 6 yuan");
    }

    @Test
    void aSubsidisedPriceAboveTheStandardIsRefusedAndEqualIsNoSubsidy() {
        RuleViolation above = assertThrows(RuleViolation.class, () -> new SetPrices(new BigDecimal("15"),
                Map.of(EligibilityCategory.DISABLED, new BigDecimal("15.01"))));
        assertEquals("meal.tierAboveStandard", above.messageKey());
        SetPrices equal = new SetPrices(new BigDecimal("15"), Map.of(EligibilityCategory.DISABLED, new BigDecimal("15")));
        assertTrue(equal.lowestSubsidised().isEmpty(), "a price equal to the standard one is no subsidy");
    }

    @Test
    void freeMealsAreAllowedButNotAFreeStandardPriceOrNegativePrices() {
        SetPrices free = new SetPrices(new BigDecimal("15"), Map.of(EligibilityCategory.EXTREME_HARDSHIP, BigDecimal.ZERO));
        assertEquals(new BigDecimal("0.00"), free.priceFor(EligibilityCategory.EXTREME_HARDSHIP));
        assertEquals("meal.standardPriceRange", assertThrows(RuleViolation.class,
                () -> new SetPrices(BigDecimal.ZERO, Map.of())).messageKey());
        assertEquals("meal.tierPriceRange", assertThrows(RuleViolation.class, () -> new SetPrices(new BigDecimal("15"),
                Map.of(EligibilityCategory.LOW_INCOME, new BigDecimal("-1")))).messageKey());
        assertEquals("meal.standardPriceRange", assertThrows(RuleViolation.class,
                () -> new SetPrices(null, null)).messageKey());
    }

    @Test
    void pricesAreRoundedHalfUpToTheFenOnce() {
        Map<EligibilityCategory, BigDecimal> tiers = new EnumMap<>(EligibilityCategory.class);
        tiers.put(EligibilityCategory.LOW_INCOME, new BigDecimal("5.995"));
        tiers.put(EligibilityCategory.DISABLED, null);
        SetPrices prices = new SetPrices(new BigDecimal("14.994"), tiers);
        assertEquals(new BigDecimal("14.99"), prices.standard());
        assertEquals(new BigDecimal("6.00"), prices.priceFor(EligibilityCategory.LOW_INCOME));
        assertEquals(1, prices.tiers().size(), "a blank price is no tier");
    }
}
