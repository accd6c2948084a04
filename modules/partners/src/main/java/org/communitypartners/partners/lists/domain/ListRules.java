package org.communitypartners.partners.lists.domain;

import java.time.Instant;
import java.time.ZoneId;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/** Checks and codes shared by the entries of the three lists. */
final class ListRules {

    private ListRules() {
    }

    static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PartnersModule.BUNDLE, key, arguments);
    }

    /** Stripped text of 1..max characters, or a violation of {@code key} (argument: max). */
    static String required(String value, int max, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw violation(key, max);
        }
        return value.strip();
    }

    /** Stripped text of at most max characters, null when blank. */
    static String optional(String value, int max, String key) {
        return value == null || value.isBlank() ? null : required(value, max, key);
    }

    static <T> T present(T value, String key) {
        if (value == null) {
            throw violation(key);
        }
        return value;
    }

    /** The code people quote: prefix-year-id, e.g. N-2026-000042. */
    static String code(String prefix, Instant created, ZoneId zone, long id) {
        return String.format("%s-%d-%06d", prefix, created.atZone(zone).getYear(), id);
    }
}
