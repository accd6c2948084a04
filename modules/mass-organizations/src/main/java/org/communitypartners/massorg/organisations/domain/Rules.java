package org.communitypartners.massorg.organisations.domain;

import java.time.LocalDate;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.massorg.MassOrganizationsModule;

/** Field rules shared by organisations, courses, volunteering and projects, worded in the module's bundle. */
public final class Rules {
    public static final int NAME_LENGTH = 50;
    public static final int TITLE_LENGTH = 100;
    public static final int VENUE_LENGTH = 200;

    private Rules() {
    }

    public static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(MassOrganizationsModule.BUNDLE, key, arguments);
    }

    /** The text stripped; refused when empty or longer than {@code maxLength}. */
    public static String requireText(String text, int maxLength, String key) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > maxLength) {
            throw violation(key, maxLength);
        }
        return value;
    }

    /** The text stripped, null when empty; refused when longer than {@code maxLength}. */
    public static String optionalText(String text, int maxLength, String key) {
        String value = text == null ? "" : text.strip();
        if (value.length() > maxLength) {
            throw violation(key, maxLength);
        }
        return value.isEmpty() ? null : value;
    }

    public static String requirePhone(String phone) {
        return new PhoneNumber(phone).value();
    }

    /** A period of whole days, both ends included. */
    public static void requirePeriod(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null || endsOn == null) {
            throw violation("period.required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw violation("period.backwards");
        }
    }
}
