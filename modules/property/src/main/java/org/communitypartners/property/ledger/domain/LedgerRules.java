package org.communitypartners.property.ledger.domain;

import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;

/** Broken ledger rules, worded in the property module's bundle. */
final class LedgerRules {
    private LedgerRules() {
    }

    static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }

    /**
     * Stripped single-line text of at most {@code max} characters; control characters are refused
     * so the canonical form (one field per line) needs no escaping.
     */
    static String line(String value, int max, boolean required, String key) {
        String stripped = value == null ? "" : value.strip();
        if ((required && stripped.isEmpty()) || stripped.length() > max
                || stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw violation(key, max);
        }
        return stripped;
    }
}
