package org.communitypartners.kernel.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves messages of any module's bundle; the kernel's own bundle is {@link #NAME}. */
public final class KernelBundle {
    public static final String NAME = "org.communitypartners.kernel.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private KernelBundle() {
    }

    /** The message, or the key itself when a bundle lacks it (a missing text must not break a page). */
    public static String format(String bundle, Locale locale, String key, Object... arguments) {
        // All module jars share the web application's class loader.
        ClassLoader loader = KernelBundle.class.getClassLoader();
        try {
            ResourceBundle messages = ResourceBundle.getBundle(bundle, locale, loader);
            return new MessageFormat(messages.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The language an API answer is worded in: English when the caller's Accept-Language starts with it, else Chinese. */
    public static Locale ofAcceptLanguage(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? ENGLISH : CHINESE;
    }

    public static String format(RuleViolation violation, Locale locale) {
        return format(violation.bundle(), locale, violation.messageKey(), violation.arguments());
    }
}
