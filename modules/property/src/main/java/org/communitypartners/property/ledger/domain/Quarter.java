package org.communitypartners.property.ledger.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter written as {@code 2026Q3}: what a statement covers and every entry's date must fall in. */
public record Quarter(int year, int number) implements Comparable<Quarter> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})Q([1-4])");

    public Quarter {
        if (year < 2000 || year > 2999 || number < 1 || number > 4) {
            throw LedgerRules.violation("ledger.quarter");
        }
    }

    public static Quarter parse(String text) {
        Matcher form = FORM.matcher(text == null ? "" : text.strip().toUpperCase());
        if (!form.matches()) {
            throw LedgerRules.violation("ledger.quarter");
        }
        return new Quarter(Integer.parseInt(form.group(1)), Integer.parseInt(form.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
