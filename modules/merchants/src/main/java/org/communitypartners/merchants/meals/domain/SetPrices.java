package org.communitypartners.merchants.meals.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * A set's standard price and the price each eligibility category pays (6 yuan for a low-income
 * older resident of a 15-yuan set). A category without a price pays the standard price; no
 * subsidised price is above the standard one, so no subsidy is ever negative.
 */
public record SetPrices(BigDecimal standard, Map<EligibilityCategory, BigDecimal> tiers) {

    public SetPrices {
        standard = MealRules.price(standard, "meal.standardPriceRange");
        if (standard.signum() == 0) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.standardPriceRange", standard.toPlainString());
        }
        EnumMap<EligibilityCategory, BigDecimal> checked = new EnumMap<>(EligibilityCategory.class);
        if (tiers != null) {
            for (Map.Entry<EligibilityCategory, BigDecimal> tier : tiers.entrySet()) {
                if (tier.getKey() == null || tier.getValue() == null) {
                    continue;
                }
                BigDecimal price = MealRules.price(tier.getValue(), "meal.tierPriceRange");
                if (price.compareTo(standard) > 0) {
                    throw new RuleViolation(MerchantsModule.BUNDLE, "meal.tierAboveStandard", price.toPlainString(),
                            standard.toPlainString());
                }
                checked.put(tier.getKey(), price);
            }
        }
        tiers = Collections.unmodifiableMap(checked);
    }

    /** What a resident of the category pays; the standard price for a category the set does not subsidise. */
    public BigDecimal priceFor(EligibilityCategory category) {
        return category == null ? standard : tiers.getOrDefault(category, standard);
    }

    /** The lowest subsidised price ("from 6 yuan"); empty when no category pays less than the standard price. */
    public Optional<BigDecimal> lowestSubsidised() {
        return tiers.values().stream().filter(p -> p.compareTo(standard) < 0).min(BigDecimal::compareTo);
    }
}
