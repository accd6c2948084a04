package org.communitypartners.merchants.meals.application;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * A meal point's subsidy settlement of a month for community staff and finance: lines per category
 * and prices, totals, and the reconciliation against the benefit codes used at the point.
 */
public record SettlementView(long mealPointId, String mealPointName, String communityName, String partnerName,
                             YearMonth month, List<Line> lines, long meals, long subsidisedMeals,
                             BigDecimal standardTotal, BigDecimal paidTotal, BigDecimal subsidy,
                             ReconciliationView reconciliation) {

    /** One line: category (null: standard price), prices, meals and amounts. */
    public record Line(EligibilityCategory category, String categoryName, BigDecimal standardPrice, BigDecimal paidPrice,
                       long meals, BigDecimal standardTotal, BigDecimal paidTotal, BigDecimal subsidy) {
    }

    /** Served subsidised meals against code uses, per category, and the orders and uses that do not match. */
    public record ReconciliationView(boolean balanced, List<Tier> tiers, List<Long> ordersWithoutUse,
                                     List<Long> usesWithoutOrder, List<Long> categoryMismatches) {
    }

    public record Tier(EligibilityCategory category, String categoryName, long servedMeals, long codeUses,
                       long difference) {
    }
}
