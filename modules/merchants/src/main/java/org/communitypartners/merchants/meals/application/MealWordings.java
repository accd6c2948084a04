package org.communitypartners.merchants.meals.application;

import java.util.Locale;
import java.util.ResourceBundle;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.meals.domain.OrderStatus;
import org.communitypartners.merchants.meals.domain.ServingMode;

/** The meal points' words for categories, serving modes and states, in Chinese or English. */
final class MealWordings {

    private MealWordings() {
    }

    /** 低保户 …; "标准价" for meals at the standard price (no category). */
    static String category(EligibilityCategory category, Locale locale) {
        return text(locale, category == null ? "meal.standardTier" : "eligibility." + category.name());
    }

    static String mode(ServingMode mode, Locale locale) {
        return text(locale, "meal.mode." + mode.name());
    }

    static String status(OrderStatus status, Locale locale) {
        return text(locale, "meal.status." + status.name());
    }

    static String text(Locale locale, String key) {
        return ResourceBundle.getBundle(MerchantsModule.BUNDLE, locale).getString(key);
    }
}
