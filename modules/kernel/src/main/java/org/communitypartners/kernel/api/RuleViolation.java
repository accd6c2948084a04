package org.communitypartners.kernel.api;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A request broke a rule. It carries a message key (looked up in {@link #bundle()} in the
 * caller's language) and its arguments, so screens and REST answer in Chinese and English.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {
    private final String bundle;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String bundle, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.bundle = bundle;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A violation of a kernel rule, worded in the kernel's bundle. */
    public static RuleViolation kernel(String messageKey, Object... arguments) {
        return new RuleViolation(KernelBundle.NAME, messageKey, arguments);
    }

    public String bundle() {
        return bundle;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
