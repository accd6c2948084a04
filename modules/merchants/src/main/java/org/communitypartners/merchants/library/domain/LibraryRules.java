package org.communitypartners.merchants.library.domain;

import java.math.BigDecimal;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/** Field lengths of the merchant library, used by the columns and the checks alike, and the text checks. */
public final class LibraryRules {
    public static final int NAME_LENGTH = 100;
    public static final int ADDRESS_LENGTH = 200;
    public static final int PHONE_LENGTH = 20;
    public static final int REASON_LENGTH = 500;
    public static final int SERVICE_NAME_LENGTH = 100;
    public static final int DESCRIPTION_LENGTH = 1000;
    /** Public phones of shops: digits, with a dash or spaces as written on a sign ("0550-7012345"). */
    private static final String PHONE_PATTERN = "[0-9][0-9 \\-]{4,18}[0-9]";
    private static final BigDecimal MAX_PRICE = new BigDecimal("999999.99");

    private LibraryRules() {
    }

    /** The text stripped; refuses blank or too long text. */
    public static String required(String text, int length, String key) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(MerchantsModule.BUNDLE, key);
        }
        return limited(text, length);
    }

    /** The text stripped, or null when blank; refuses text over the length. */
    public static String optional(String text, int length) {
        return text == null || text.isBlank() ? null : limited(text, length);
    }

    public static String publicPhone(String phone) {
        String stripped = optional(phone, PHONE_LENGTH);
        if (stripped != null && !stripped.matches(PHONE_PATTERN)) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "merchant.phoneFormat", stripped);
        }
        return stripped;
    }

    /** A price in yuan with at most two decimals, zero (free) or more. */
    public static BigDecimal price(BigDecimal price) {
        if (price == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "service.priceRequired");
        }
        if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0 || price.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "service.priceRange", price.toPlainString());
        }
        return price.setScale(2);
    }

    private static String limited(String text, int length) {
        String stripped = text.strip();
        if (stripped.length() > length) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "text.tooLong", length);
        }
        return stripped;
    }
}
