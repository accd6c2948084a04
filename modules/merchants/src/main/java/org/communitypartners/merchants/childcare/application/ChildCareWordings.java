package org.communitypartners.merchants.childcare.application;

import java.util.Locale;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.childcare.domain.AgeBand;

/** Age bands in words ("3–6 岁", "ages 3–6"), alone or as a session's range. */
public final class ChildCareWordings {

    private ChildCareWordings() {
    }

    public static String band(AgeBand band, Locale locale) {
        return range(band, band, locale);
    }

    public static String range(AgeBand youngest, AgeBand oldest, Locale locale) {
        return KernelBundle.format(MerchantsModule.BUNDLE, locale, "ageBand.years", youngest.fromYears(),
                oldest.toYears());
    }
}
