package org.communitypartners.partners.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/** Days given as query parameters (yyyy-MM-dd): JAX-RS has no converter for LocalDate. */
public final class QueryDates {

    private QueryDates() {
    }

    /** The day, or null when not given; a malformed day is refused with a clear message. */
    public static LocalDate parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new RuleViolation(PartnersModule.BUNDLE, "query.date", name, value);
        }
    }
}
