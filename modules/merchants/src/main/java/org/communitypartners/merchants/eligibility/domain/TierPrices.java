package org.communitypartners.merchants.eligibility.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What something costs: the normal price and the price for each eligibility category it is
 * offered to (free is 0). A price above the normal one would be no benefit, so it is refused.
 * Money is rounded half-up to the fen here, once.
 */
public record TierPrices(BigDecimal normalPrice, Map<EligibilityCategory, BigDecimal> prices) {

    /** The price a resident pays and the category that gave it. */
    public record Choice(EligibilityCategory category, BigDecimal price) {
    }

    public TierPrices {
        normalPrice = money(normalPrice, "offer.normalPriceRequired");
        EnumMap<EligibilityCategory, BigDecimal> checked = new EnumMap<>(EligibilityCategory.class);
        if (prices != null) {
            for (Map.Entry<EligibilityCategory, BigDecimal> price : prices.entrySet()) {
                if (price.getKey() == null || price.getValue() == null) {
                    continue;
                }
                BigDecimal tier = money(price.getValue(), "offer.tierPriceInvalid");
                if (tier.compareTo(normalPrice) > 0) {
                    throw EligibilityRules.violation("offer.tierAboveNormal", tier.toPlainString(),
                            normalPrice.toPlainString());
                }
                checked.put(price.getKey(), tier);
            }
        }
        if (checked.isEmpty()) {
            throw EligibilityRules.violation("offer.tierRequired");
        }
        prices = Map.copyOf(checked);
    }

    /** Yuan with two decimals, half-up; never negative. */
    public static BigDecimal money(BigDecimal amount, String key) {
        if (amount == null || amount.signum() < 0) {
            throw EligibilityRules.violation(key);
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The lowest price among the categories the resident holds that this prices; empty when it
     * prices none of them. Equal prices go to the category named first in {@link EligibilityCategory},
     * so the answer never depends on the order the records were read in.
     */
    public Optional<Choice> cheapestFor(Collection<EligibilityCategory> held) {
        return held.stream().distinct().filter(prices::containsKey)
                .map(c -> new Choice(c, prices.get(c)))
                .min(Comparator.comparing(Choice::price).thenComparing(Choice::category));
    }

    /** The lowest and highest benefit price, for the public "有优惠 ¥0–5" without naming anyone. */
    public BigDecimal lowest() {
        return prices.values().stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    public BigDecimal highest() {
        return prices.values().stream().max(Comparator.naturalOrder()).orElseThrow();
    }
}
