package org.communitypartners.merchants.library.application;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.library.domain.EssentialNeed;
import org.communitypartners.merchants.library.domain.MerchantCategory;
import org.communitypartners.merchants.library.domain.OpeningHours;

/** The module's words for things the views spell out (categories, needs, opening hours), in Chinese or English. */
public final class Wordings {

    private Wordings() {
    }

    public static String category(MerchantCategory category, Locale locale) {
        return text(locale, "category." + category.name());
    }

    public static String need(EssentialNeed need, Locale locale) {
        return text(locale, "need." + need.name());
    }

    public static OpeningHours.Wording hours(Locale locale) {
        Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, text(locale, "day." + day.name()));
        }
        return new OpeningHours.Wording(days, text(locale, "hours.dayRange"), text(locale, "hours.daySeparator"),
                text(locale, "hours.groupSeparator"), text(locale, "hours.spanSeparator"), text(locale, "hours.everyDay"),
                text(locale, "hours.closed"));
    }

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle(MerchantsModule.BUNDLE, locale).getString(key);
    }
}
