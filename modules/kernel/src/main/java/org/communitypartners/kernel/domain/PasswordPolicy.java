package org.communitypartners.kernel.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must be: at least {@code minLength} characters from at least
 * {@code minClasses} of the four classes (lower case, upper case, digits, other), and not the
 * user name. Returns every failed rule, so a user fixes them all in one go.
 */
public record PasswordPolicy(int minLength, int minClasses) {
    public static final int MAX_LENGTH = 128;

    public PasswordPolicy {
        if (minLength < 1 || minClasses < 1 || minClasses > 4) {
            throw new IllegalArgumentException("bad password policy " + minLength + "/" + minClasses);
        }
    }

    /** Message keys (kernel bundle) of the rules the password breaks; empty when it is acceptable. */
    public List<String> violations(String password, String username) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            violations.add("password.tooShort");
        }
        if (password != null && password.length() > MAX_LENGTH) {
            violations.add("password.tooLong");
        }
        if (password != null && classesIn(password) < minClasses) {
            violations.add("password.tooSimple");
        }
        if (password != null && username != null && password.equalsIgnoreCase(username)) {
            violations.add("password.sameAsUsername");
        }
        return violations;
    }

    static int classesIn(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
