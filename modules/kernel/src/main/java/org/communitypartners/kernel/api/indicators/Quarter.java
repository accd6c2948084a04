package org.communitypartners.kernel.api.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter (季度) in China time, the period every figure of the partner model is
 * reported for and a ledger statement covers. Written {@code 2026Q3} in addresses and exports.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 1900 || year > 9999) {
            throw new IllegalArgumentException("quarter " + year + "Q" + number);
        }
    }

    /** Reads {@code 2026Q3}; empty for anything else, so callers can answer bad input clearly. */
    public static Optional<Quarter> parse(String written) {
        Matcher m = written == null ? null : WRITTEN.matcher(written.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    public static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter containing(Instant instant) {
        return containing(LocalDate.ofInstant(instant, CHINA));
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter sameQuarterLastYear() {
        return new Quarter(year - 1, number);
    }

    /** The quarters from {@code first} to {@code last}, both included, oldest first; empty when last is earlier. */
    public static List<Quarter> range(Quarter first, Quarter last) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    /** This quarter and the ones before it, oldest first: the trend a chart draws. */
    public List<Quarter> lastQuarters(int count) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = this;
        for (int i = 0; i < count; i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        return quarters;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The first day after the quarter: periods are half-open, [firstDay, endDay). */
    public LocalDate endDay() {
        return firstDay().plusMonths(3);
    }

    public LocalDate lastDay() {
        return endDay().minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && day.isBefore(endDay());
    }

    public Instant start() {
        return firstDay().atStartOfDay(CHINA).toInstant();
    }

    public Instant end() {
        return endDay().atStartOfDay(CHINA).toInstant();
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
