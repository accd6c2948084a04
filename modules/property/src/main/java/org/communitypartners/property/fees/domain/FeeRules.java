package org.communitypartners.property.fees.domain;

import java.math.BigDecimal;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;

/** Broken fee rules, worded in the property module's bundle. */
public final class FeeRules {
    private FeeRules() {
    }

    public static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }

    /** A positive amount of money in yuan with at most two decimals (fen), at most {@code max}; kept with two. */
    static BigDecimal money(BigDecimal amount, BigDecimal max, String key) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(max) > 0) {
            throw violation(key, max.toPlainString());
        }
        return amount.setScale(2);
    }
}
