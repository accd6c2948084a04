package org.communitypartners.merchants.meals.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A meal point's day: the capacity, the meals taken and left, and the menu of each set on sale. */
public record MealDayView(long mealPointId, String mealPointName, LocalDate day, int capacity, long taken, long remaining,
                          List<Menu> menus) {

    /** A set on the day's menu; dishes null when the meal point has not written them. */
    public record Menu(long setId, String setName, String description, BigDecimal standardPrice, BigDecimal lowestPrice,
                       String dishes) {
    }
}
