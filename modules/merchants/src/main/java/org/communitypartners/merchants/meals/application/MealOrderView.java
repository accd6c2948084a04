package org.communitypartners.merchants.meals.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.communitypartners.merchants.meals.domain.MealOrder;
import org.communitypartners.merchants.meals.domain.OrderStatus;
import org.communitypartners.merchants.meals.domain.ServingMode;

/**
 * An order as the meal point's staff see it: the set, how it is served, the price to charge and
 * whether it was subsidised, never the category; a delivery's phone masked.
 */
public record MealOrderView(long id, long mealPointId, String setName, LocalDate day, ServingMode mode, String modeName,
                            OrderStatus status, String statusName, BigDecimal paidPrice, boolean subsidised,
                            String deliveryAddress, String deliveryPhone, String orderedBy, Instant orderedAt,
                            String servedBy, Instant servedAt, String cancelledBy, Instant cancelledAt, long version) {

    static MealOrderView of(MealOrder order, String setName, Locale locale) {
        return new MealOrderView(order.getId(), order.getMealPointId(), setName, order.getDay(), order.getMode(),
                MealWordings.mode(order.getMode(), locale), order.getStatus(),
                MealWordings.status(order.getStatus(), locale), order.getPaidPrice(), order.isSubsidised(),
                order.getDeliveryAddress(), order.maskedPhone(), order.getOrderedBy(), order.getOrderedAt(),
                order.getServedBy(), order.getServedAt(), order.getCancelledBy(), order.getCancelledAt(),
                order.getVersion());
    }
}
