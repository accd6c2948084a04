package org.communitypartners.kernel.api;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A code a resident uses instead of an account (a report's tracking code, an activity
 * registration): ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 49
 * bits, so codes cannot be guessed. Shown as two groups of five; typed with or without the dash,
 * in any case.
 */
public final class AccessCode {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCode() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of what a resident typed, or empty if it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    public static String display(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }
}
