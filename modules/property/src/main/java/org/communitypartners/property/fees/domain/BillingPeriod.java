package org.communitypartners.property.fees.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** A billing month, written {@code 2026-10}; stored as that text so periods sort and compare as text. */
public record BillingPeriod(YearMonth month) {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");
    /** A period may be billed at most this many months ahead: a typo such as 2062-10 must not issue bills. */
    public static final int MONTHS_AHEAD = 1;

    public BillingPeriod {
        if (month == null) {
            throw FeeRules.violation("fees.period.shape");
        }
    }

    public static BillingPeriod parse(String text) {
        String value = text == null ? "" : text.strip();
        if (!SHAPE.matcher(value).matches()) {
            throw FeeRules.violation("fees.period.shape", value);
        }
        try {
            return new BillingPeriod(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            throw FeeRules.violation("fees.period.shape", value);
        }
    }

    /** Refuses a period more than {@link #MONTHS_AHEAD} month after the current one. */
    public BillingPeriod billableIn(YearMonth current) {
        if (month.isAfter(current.plusMonths(MONTHS_AHEAD))) {
            throw FeeRules.violation("fees.period.tooFarAhead", text(), current.plusMonths(MONTHS_AHEAD).toString());
        }
        return this;
    }

    /** The day whose rates price the period: its first. */
    public LocalDate firstDay() {
        return month.atDay(1);
    }

    /** Whole months from this period to the current one: 0 in its own month, 1 the month after. */
    public long ageInMonths(YearMonth current) {
        return Math.max(0, ChronoUnit.MONTHS.between(month, current));
    }

    public String text() {
        return month.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
