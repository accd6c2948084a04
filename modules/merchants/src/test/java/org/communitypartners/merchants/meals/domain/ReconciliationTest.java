package org.communitypartners.merchants.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.meals.domain.Reconciliation.CodeUse;
import org.communitypartners.merchants.meals.domain.Reconciliation.ServedMeal;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
    private static final EligibilityCategory LOW = EligibilityCategory.LOW_INCOME;
    private static final EligibilityCategory OLD = EligibilityCategory.AGED_80_PLUS;

    @Test
    void mealsAndUsesMatchingOneToOneBalance() {
        Reconciliation month = Reconciliation.of(List.of(new ServedMeal(1, LOW, 101L), new ServedMeal(2, OLD, 102L)),
                List.of(new CodeUse(101, LOW), new CodeUse(102, OLD)));
        assertTrue(month.balanced());
        assertEquals(List.of(0L, 0L), month.tiers().stream().map(Reconciliation.Tier::difference).toList());
    }

    @Test
    void aServedMealWithoutAUseAndAUseWithoutAServedMealAreListed() {
        Reconciliation month = Reconciliation.of(
                List.of(new ServedMeal(1, LOW, 101L), new ServedMeal(2, LOW, null), new ServedMeal(3, LOW, 999L)),
                List.of(new CodeUse(101, LOW), new CodeUse(104, LOW)));
        assertFalse(month.balanced());
        assertEquals(List.of(2L, 3L), month.ordersWithoutUse());
        assertEquals(List.of(104L), month.usesWithoutOrder(), "e.g. the order was cancelled after the code was used");
        Reconciliation.Tier low = month.tiers().get(0);
        assertEquals(3, low.servedMeals());
        assertEquals(2, low.codeUses());
        assertEquals(1, low.difference());
    }

    @Test
    void aUseCountsForOneMealOnlyAndACategoryMismatchIsListed() {
        Reconciliation month = Reconciliation.of(List.of(new ServedMeal(1, LOW, 101L), new ServedMeal(2, LOW, 101L),
                new ServedMeal(3, OLD, 103L)), List.of(new CodeUse(101, LOW), new CodeUse(103, LOW)));
        assertEquals(List.of(2L), month.ordersWithoutUse());
        assertEquals(List.of(3L), month.categoryMismatches());
        assertTrue(month.usesWithoutOrder().isEmpty());
        assertFalse(month.balanced());
    }

    @Test
    void countsThatAgreeButMismatchInCategoryAreStillUnbalancedPerTier() {
        Reconciliation month = Reconciliation.of(List.of(new ServedMeal(1, OLD, null)), List.of(new CodeUse(7, LOW)));
        assertEquals(2, month.tiers().size());
        assertEquals(-1, month.tiers().stream().filter(t -> t.category() == LOW).findFirst().orElseThrow().difference());
        assertEquals(1, month.tiers().stream().filter(t -> t.category() == OLD).findFirst().orElseThrow().difference());
    }
}
