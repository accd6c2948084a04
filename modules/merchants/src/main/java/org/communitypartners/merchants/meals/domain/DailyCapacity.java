package org.communitypartners.merchants.meals.domain;

import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/**
 * How many more meals a meal point can take for a day: its daily capacity less the meals already
 * ordered and not cancelled (served ones count: the kitchen cooked them).
 */
public record DailyCapacity(int capacity, long taken) {

    public long remaining() {
        return Math.max(0, capacity - taken);
    }

    /** Refuses the order when the day is full. */
    public void requireRoom(String mealPoint) {
        if (taken >= capacity) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.full", mealPoint, capacity);
        }
    }
}
