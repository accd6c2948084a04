package org.communitypartners.merchants.meals.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/** Field lengths of the meal points, used by columns and checks alike (texts are checked as the merchant library's), and the one rounding of money. */
public final class MealRules {
    public static final int NAME_LENGTH = 100;
    public static final int ADDRESS_LENGTH = 200;
    public static final int PHONE_LENGTH = 20;
    public static final int HOURS_LENGTH = 100;
    public static final int SET_NAME_LENGTH = 60;
    public static final int SET_DESCRIPTION_LENGTH = 200;
    public static final int DISHES_LENGTH = 300;
    public static final int MAX_CAPACITY = 10_000;
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999.99");

    private MealRules() {
    }

    /** Yuan to the fen, half up: every amount of the meal points passes here and nowhere else is rounded. */
    public static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** A price as written: required, 0 to 9,999.99 yuan, rounded to the fen. */
    public static BigDecimal price(BigDecimal price, String key) {
        if (price == null || price.signum() < 0 || price.compareTo(MAX_PRICE) > 0) {
            throw new RuleViolation(MerchantsModule.BUNDLE, key, price == null ? "" : price.toPlainString());
        }
        return yuan(price);
    }

    public static int capacity(Integer meals) {
        if (meals == null || meals < 1 || meals > MAX_CAPACITY) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "meal.capacityRange", MAX_CAPACITY);
        }
        return meals;
    }
}
