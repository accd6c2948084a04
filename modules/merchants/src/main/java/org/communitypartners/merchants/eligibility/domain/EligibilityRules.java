package org.communitypartners.merchants.eligibility.domain;

import java.time.Duration;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/** Field lengths and the few checks every eligibility record shares, worded from the module's bundle. */
public final class EligibilityRules {
    public static final int NAME_LENGTH = 50;
    public static final int EVIDENCE_LENGTH = 200;
    public static final int PURPOSE_MIN = 4;
    public static final int PURPOSE_MAX = 200;
    /** Long enough to walk from the counter to the till, short enough that a photographed code is soon worthless. */
    public static final Duration CODE_VALIDITY = Duration.ofMinutes(15);

    private EligibilityRules() {
    }

    public static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(MerchantsModule.BUNDLE, key, arguments);
    }

    public static String required(String text, int length, String key) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > length) {
            throw violation(key, length);
        }
        return value;
    }

    /** The purpose a reveal is audited with: a few words at least, never an essay. */
    public static String purpose(String text) {
        String stated = text == null ? "" : text.strip();
        if (stated.length() < PURPOSE_MIN || stated.length() > PURPOSE_MAX) {
            throw violation("eligibility.revealPurpose", PURPOSE_MIN, PURPOSE_MAX);
        }
        return stated;
    }
}
