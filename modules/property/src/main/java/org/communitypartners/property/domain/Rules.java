package org.communitypartners.property.domain;

import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;

/** Broken rules of the property module, worded in its bundle. */
final class Rules {
    private Rules() {
    }

    static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }

    /** Stripped text, required and at most {@code max} characters. */
    static String text(String value, int max, String key) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw violation(key, max);
        }
        return stripped;
    }
}
