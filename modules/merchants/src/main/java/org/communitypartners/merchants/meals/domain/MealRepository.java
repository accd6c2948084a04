package org.communitypartners.merchants.meals.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

/** Meal points, their sets, menus and orders. */
public interface MealRepository {

    /** Which meal points a list shows: of these communities (null: all), of one partner (null: any), of one community. */
    record PointFilter(Collection<Long> communityIds, Long partnerId, Long communityId) {
    }

    /** Served meals and subsidy of one community over a period, for the dashboard. */
    record CommunityMeals(long communityId, long meals, BigDecimal subsidy) {
    }

    /** A served order as the dashboard counts it; who ate it, and their category, stay out of it. */
    record ServedOrder(long id, LocalDate day, String pointName, String setName, ServingMode mode,
                       BigDecimal standardPrice, BigDecimal paidPrice) {

        /** What the subsidy pays for this meal: its part of the subsidy figure. */
        public BigDecimal subsidy() {
            return standardPrice.subtract(paidPrice);
        }
    }

    Optional<MealPoint> point(long id);

    /** The meal point with its row locked for this transaction (SELECT ... FOR UPDATE), read fresh: orders of one point queue here. */
    Optional<MealPoint> lockPoint(long id);

    MealPoint add(MealPoint point);

    /** At most 200 meal points, by community and name. */
    List<MealPoint> points(PointFilter filter);

    List<MealSet> sets(long mealPointId);

    Optional<MealSet> set(long id);

    MealSet add(MealSet set);

    List<MealMenu> menus(long mealPointId, LocalDate day);

    Optional<MealMenu> menu(long mealPointId, long mealSetId, LocalDate day);

    MealMenu add(MealMenu menu);

    void remove(MealMenu menu);

    Optional<MealOrder> order(long id);

    /** Writes pending changes now, so a view built next shows the version the row will have. */
    void flush();

    MealOrder add(MealOrder order);

    /** Orders of a day, a page of them, in the order they came (open first when asked by status). */
    List<MealOrder> orders(long mealPointId, LocalDate day, OrderStatus status, PageRequest page);

    long countOrders(long mealPointId, LocalDate day, OrderStatus status);

    /** Meals of the day that take capacity: ordered or served, not cancelled. */
    long taken(long mealPointId, LocalDate day);

    /** Served meals of the days [from, to) grouped by category and prices. */
    List<SubsidySettlement.Served> served(long mealPointId, LocalDate from, LocalDate to);

    MealCodeUse add(MealCodeUse use);

    /** Benefit codes used at the meal point for meals of the days [from, to). */
    List<Reconciliation.CodeUse> codeUses(long mealPointId, LocalDate from, LocalDate to);

    /** Served subsidised meals of the days [from, to), one by one, for the reconciliation. */
    List<Reconciliation.ServedMeal> servedSubsidised(long mealPointId, LocalDate from, LocalDate to);

    /** Served meals and subsidy of the days [from, to) per community of the given ones. */
    List<CommunityMeals> servedPerCommunity(Collection<Long> communityIds, LocalDate from, LocalDate to);

    /** A page of the served orders that {@link #servedPerCommunity} counts, newest day first. */
    List<ServedOrder> servedOrders(Collection<Long> communityIds, LocalDate from, LocalDate to, int first, int max);

    /** How many served meals {@link #servedPerCommunity} counts over all the communities. */
    long countServed(Collection<Long> communityIds, LocalDate from, LocalDate to);
}
