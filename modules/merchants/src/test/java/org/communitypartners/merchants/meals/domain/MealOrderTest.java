package org.communitypartners.merchants.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.junit.jupiter.api.Test;

class MealOrderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 8);
    private static final Instant NOW = Instant.parse("2026-10-08T03:30:00Z");

    private final MealPoint point = withId(new MealPoint(7, 2, 3, new MealPoint.Details("天福社区老年助餐点",
            "天福社区服务中心一楼", null, "11:00-12:30", 60, true), "tianfu.staff", NOW), 11L);
    private final MealSet xiaoqin = withId(new MealSet(11, "孝亲套餐", "三菜一汤", new SetPrices(new BigDecimal("15"),
            Map.of(EligibilityCategory.LOW_INCOME, new BigDecimal("6"))), true), 21L);

    @Test
    void aSubsidisedMealKeepsItsCategoryAndCodeUseAndPaysTheTierPrice() {
        MealOrder order = new MealOrder(point, xiaoqin, TODAY, ServingMode.DINE_IN,
                new MealOrder.Benefit(EligibilityCategory.LOW_INCOME, 501), MealOrder.Delivery.NONE, "counter", NOW, TODAY);
        assertTrue(order.isSubsidised());
        assertEquals(new BigDecimal("6.00"), order.getPaidPrice());
        assertEquals(new BigDecimal("15.00"), order.getStandardPrice());
        assertEquals(501L, order.getCodeUseId());
        assertEquals(3, order.getCommunityId(), "the meal point's community, for the dashboard");
    }

    @Test
    void withoutABenefitTheStandardPriceIsPaid() {
        MealOrder order = new MealOrder(point, xiaoqin, TODAY.plusDays(1), ServingMode.PICK_UP, null, null, "counter",
                NOW, TODAY);
        assertFalse(order.isSubsidised());
        assertEquals(new BigDecimal("15.00"), order.getPaidPrice());
    }

    @Test
    void aDeliveryNeedsAnAddressAndAValidPhoneShownMaskedAndForgottenWhenServed() {
        assertEquals("meal.deliveryAddressRequired", assertThrows(RuleViolation.class, () -> new MealOrder(point, xiaoqin,
                TODAY, ServingMode.DELIVERY, null, new MealOrder.Delivery(" ", "13912345678"), "c", NOW, TODAY))
                .messageKey());
        assertEquals("phone.invalid", assertThrows(RuleViolation.class, () -> new MealOrder(point, xiaoqin, TODAY,
                ServingMode.DELIVERY, null, new MealOrder.Delivery("益民小区3栋201", "123"), "c", NOW, TODAY))
                .messageKey());
        MealOrder delivery = new MealOrder(point, xiaoqin, TODAY, ServingMode.DELIVERY, null,
                new MealOrder.Delivery("益民小区3栋201", "13912345678"), "c", NOW, TODAY);
        assertEquals("139****5678", delivery.maskedPhone());
        delivery.serve("counter", NOW, TODAY);
        assertEquals(OrderStatus.SERVED, delivery.getStatus());
        assertEquals("counter", delivery.getServedBy());
        assertNull(delivery.getDeliveryAddress());
        assertNull(delivery.maskedPhone());
    }

    @Test
    void anOrderIsCancelledOnlyBeforeServingAndServedNotBeforeItsDay() {
        MealOrder tomorrow = new MealOrder(point, xiaoqin, TODAY.plusDays(1), ServingMode.DINE_IN, null, null, "c", NOW,
                TODAY);
        assertEquals("meal.notYetDay", assertThrows(RuleViolation.class, () -> tomorrow.serve("c", NOW, TODAY))
                .messageKey());
        tomorrow.serve("c", NOW, TODAY.plusDays(1));
        assertEquals("meal.notOpen", assertThrows(RuleViolation.class, () -> tomorrow.cancel("c", NOW)).messageKey());

        MealOrder cancelled = new MealOrder(point, xiaoqin, TODAY, ServingMode.DINE_IN, null, null, "c", NOW, TODAY);
        cancelled.cancel("c", NOW);
        assertEquals(OrderStatus.CANCELLED, cancelled.getStatus());
        assertEquals("meal.notOpen", assertThrows(RuleViolation.class, () -> cancelled.serve("c", NOW, TODAY))
                .messageKey());
    }

    @Test
    void noOrdersForPastDaysForSetsOffSaleOrAtAClosedPoint() {
        assertEquals("meal.dayPassed", assertThrows(RuleViolation.class, () -> new MealOrder(point, xiaoqin,
                TODAY.minusDays(1), ServingMode.DINE_IN, null, null, "c", NOW, TODAY)).messageKey());
        xiaoqin.change("孝亲套餐", null, xiaoqin.prices(), false);
        assertEquals("meal.setNotOnSale", assertThrows(RuleViolation.class, () -> new MealOrder(point, xiaoqin, TODAY,
                ServingMode.DINE_IN, null, null, "c", NOW, TODAY)).messageKey());
        xiaoqin.change("孝亲套餐", null, xiaoqin.prices(), true);
        point.describe(new MealPoint.Details("天福社区老年助餐点", "天福社区服务中心一楼", null, null, 60, false), "s", NOW);
        assertEquals("meal.pointClosed", assertThrows(RuleViolation.class, () -> new MealOrder(point, xiaoqin, TODAY,
                ServingMode.DINE_IN, null, null, "c", NOW, TODAY)).messageKey());
    }

    /** What the database does on insert: gives the row its id. */
    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
