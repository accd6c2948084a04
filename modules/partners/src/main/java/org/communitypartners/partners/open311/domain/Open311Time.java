package org.communitypartners.partners.open311.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;

/**
 * GeoReport v2 times: W3C/ISO-8601 with the zone offset, written in Asia/Shanghai to the second
 * ({@code 2026-11-03T10:15:30+08:00}). Read with any offset or {@code Z}; a time without offset
 * or a bare date is Shanghai time.
 */
public final class Open311Time {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A "+08:00" sent unencoded in a query string arrives as " 08:00". */
    private static final Pattern DECODED_PLUS = Pattern.compile(" (\\d{2}:?\\d{2})$");

    private Open311Time() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(instant.atZone(ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The instant a parameter names, or null when it is absent; a malformed value breaks a rule. */
    public static Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = DECODED_PLUS.matcher(value.strip()).replaceFirst("+$1");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(ZONE).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZONE).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new RuleViolation(PartnersModule.BUNDLE, "open311.badDate", parameter, value.strip());
                }
            }
        }
    }
}
