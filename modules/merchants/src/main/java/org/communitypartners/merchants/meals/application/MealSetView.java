package org.communitypartners.merchants.meals.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.meals.domain.MealSet;
import org.communitypartners.merchants.meals.domain.SetPrices;

/** A meal set with its standard price, the price of each category it subsidises and the lowest of them ("from ¥6"). */
public record MealSetView(long id, long mealPointId, String name, String description, BigDecimal standardPrice,
                          List<TierPrice> tierPrices, BigDecimal lowestPrice, boolean active, long version) {

    /** What a category pays. */
    public record TierPrice(EligibilityCategory category, String categoryName, BigDecimal price) {
    }

    static MealSetView of(MealSet set, Locale locale) {
        SetPrices prices = set.prices();
        List<TierPrice> tiers = prices.tiers().entrySet().stream()
                .map(t -> new TierPrice(t.getKey(), MealWordings.category(t.getKey(), locale), t.getValue())).toList();
        return new MealSetView(set.getId(), set.getMealPointId(), set.getName(), set.getDescription(), prices.standard(),
                tiers, prices.lowestSubsidised().orElse(null), set.isActive(), set.getVersion());
    }
}
