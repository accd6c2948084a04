package org.communitypartners.merchants.offers.domain;

import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/** Limits of an offer, worded from the module's bundle. */
public final class OfferRules {
    public static final int SERVICE_LENGTH = 100;
    /** A barber gives a few hundred haircuts a month; ten thousand is a typing error, not a quota. */
    public static final int MAX_QUOTA = 10_000;

    private OfferRules() {
    }

    static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(MerchantsModule.BUNDLE, key, arguments);
    }

    static String serviceName(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > SERVICE_LENGTH) {
            throw violation("offer.serviceRequired", SERVICE_LENGTH);
        }
        return value;
    }
}
