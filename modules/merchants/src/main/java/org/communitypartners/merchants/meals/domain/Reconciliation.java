package org.communitypartners.merchants.meals.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;

/**
 * A meal point's subsidised meals of a month checked against the benefit codes used there
 * (核对): every served subsidised meal should rest on one code use of its category, and every code
 * use on one served meal. What does not match is listed for community staff to look into before
 * the subsidy is paid.
 */
public record Reconciliation(List<Tier> tiers, List<Long> ordersWithoutUse, List<Long> usesWithoutOrder,
                             List<Long> categoryMismatches) {

    /** A served subsidised meal: the order, its category and the code use it recorded (null when none). */
    public record ServedMeal(long orderId, EligibilityCategory category, Long codeUseId) {
    }

    /** A benefit code's use recorded for the meal point, with the category it priced. */
    public record CodeUse(long useId, EligibilityCategory category) {
    }

    /** Served meals and code uses of one category, and the difference (meals − uses). */
    public record Tier(EligibilityCategory category, long servedMeals, long codeUses) {
        public long difference() {
            return servedMeals - codeUses;
        }
    }

    public static Reconciliation of(List<ServedMeal> served, List<CodeUse> uses) {
        Map<Long, CodeUse> useById = uses.stream().collect(Collectors.toMap(CodeUse::useId, u -> u, (a, b) -> a));
        List<Long> withoutUse = new ArrayList<>();
        List<Long> mismatched = new ArrayList<>();
        Set<Long> matchedUses = new HashSet<>();
        // In order id order, so when two meals name one use, the later order is the one listed.
        for (ServedMeal meal : served.stream().sorted(Comparator.comparingLong(ServedMeal::orderId)).toList()) {
            CodeUse use = meal.codeUseId() == null ? null : useById.get(meal.codeUseId());
            if (use == null || !matchedUses.add(use.useId())) {
                withoutUse.add(meal.orderId());
            } else if (use.category() != meal.category()) {
                mismatched.add(meal.orderId());
            }
        }
        List<Long> withoutOrder = uses.stream().map(CodeUse::useId).filter(id -> !matchedUses.contains(id)).sorted()
                .toList();
        Map<EligibilityCategory, long[]> counts = new EnumMap<>(EligibilityCategory.class);
        served.forEach(m -> counts.computeIfAbsent(m.category(), c -> new long[2])[0]++);
        uses.forEach(u -> counts.computeIfAbsent(u.category(), c -> new long[2])[1]++);
        List<Tier> tiers = new ArrayList<>();
        counts.forEach((category, n) -> tiers.add(new Tier(category, n[0], n[1])));
        return new Reconciliation(tiers, withoutUse.stream().sorted().toList(), withoutOrder,
                mismatched.stream().sorted().toList());
    }

    /** Whether meals and code uses match one to one, category for category. */
    public boolean balanced() {
        return ordersWithoutUse.isEmpty() && usesWithoutOrder.isEmpty() && categoryMismatches.isEmpty()
                && tiers.stream().allMatch(t -> t.difference() == 0);
    }
}
