package org.communitypartners.partners.domain;

import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the
 * 31 allowed (digits and capital letters without I, O, S, V, Z); characters 3-8 are the
 * region's division code; the 18th is a check character over the first 17 (weights 3^i mod 31).
 */
public record UnifiedSocialCreditCode(String value) {
    public static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        String code = value == null ? "" : value.strip().toUpperCase();
        if (code.length() != LENGTH) {
            throw violation("uscc.length", code);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw violation("uscc.character", code, i + 1, code.charAt(i));
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            throw violation("uscc.region", code);
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            throw violation("uscc.check", code);
        }
        value = code;
    }

    /** The check character of the first 17 characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The six-digit division code of the registering region (e.g. 341181 for 天长市). */
    public String regionCode() {
        return value.substring(2, 8);
    }

    private static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PartnersModule.BUNDLE, key, arguments);
    }
}
