package org.communitypartners.merchants.library.domain;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;

/**
 * When a shop is open, per weekday: up to three spans a day (a lunch break makes two), each
 * {@code HH:mm-HH:mm} with the end after the start ({@code 24:00} for midnight), in order and not
 * overlapping. A day without spans is closed. Stored as {@code MONDAY=08:00-12:00,14:00-18:00;...}.
 */
public final class OpeningHours {
    public static final int MAX_SPANS_A_DAY = 3;
    /** Longest stored form: seven days of three spans. */
    public static final int STORED_LENGTH = 400;
    private static final Pattern SPAN = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*[-–~～至]\\s*(\\d{1,2}:\\d{2})\\s*");
    private static final LocalTime MIDNIGHT_END = LocalTime.MAX;

    /** One opening span of a day. */
    public record Span(LocalTime opens, LocalTime closes) {
        public String text() {
            return time(opens) + "–" + time(closes);
        }

        private static String time(LocalTime t) {
            return t.equals(MIDNIGHT_END) ? "24:00" : String.format("%02d:%02d", t.getHour(), t.getMinute());
        }
    }

    /** The words a readable line is made of, in the reader's language; {@code dayRange} is a MessageFormat of two days. */
    public record Wording(Map<DayOfWeek, String> dayNames, String dayRange, String daySeparator,
                          String groupSeparator, String spanSeparator, String everyDay, String closed) {
    }

    private final Map<DayOfWeek, List<Span>> days;

    private OpeningHours(Map<DayOfWeek, List<Span>> days) {
        this.days = days;
    }

    public static OpeningHours closedAllWeek() {
        return new OpeningHours(new EnumMap<>(DayOfWeek.class));
    }

    /** From what people type per weekday, e.g. "08:00-12:00, 14:00-18:00"; blank or missing is closed. */
    public static OpeningHours of(Map<DayOfWeek, String> typed) {
        Map<DayOfWeek, List<Span>> days = new EnumMap<>(DayOfWeek.class);
        if (typed != null) {
            typed.forEach((day, text) -> {
                if (day != null && text != null && !text.isBlank()) {
                    days.put(day, spans(day, text));
                }
            });
        }
        return new OpeningHours(days);
    }

    /** The same from day names ("MONDAY", any case) as REST clients send them; an unknown day is refused. */
    public static OpeningHours ofNamed(Map<String, String> typed) {
        Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
        if (typed != null) {
            typed.forEach((name, text) -> {
                try {
                    days.put(DayOfWeek.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)), text);
                } catch (IllegalArgumentException e) {
                    throw new RuleViolation(MerchantsModule.BUNDLE, "hours.unknownDay", name);
                }
            });
        }
        return of(days);
    }

    /** Reads the stored form (see {@link #stored()}); {@code null} or empty is closed all week. */
    public static OpeningHours fromStored(String stored) {
        Map<DayOfWeek, String> typed = new EnumMap<>(DayOfWeek.class);
        if (stored != null && !stored.isBlank()) {
            for (String day : stored.split(";")) {
                String[] parts = day.split("=", 2);
                typed.put(DayOfWeek.valueOf(parts[0]), parts[1]);
            }
        }
        return of(typed);
    }

    public String stored() {
        List<String> parts = new ArrayList<>();
        days.forEach((day, spans) -> parts.add(day.name() + "=" + typed(day)));
        return String.join(";", parts);
    }

    /** The day's spans as people type them ("08:00-12:00,14:00-18:00"); empty when closed. */
    public String typed(DayOfWeek day) {
        return String.join(",", days.getOrDefault(day, List.of()).stream()
                .map(s -> Span.time(s.opens()) + "-" + Span.time(s.closes())).toList());
    }

    /** Every day of the week, Monday first, by its name ("MONDAY") as typed; closed days are empty. */
    public Map<String, String> typedWeek() {
        Map<String, String> week = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day.name(), typed(day));
        }
        return week;
    }

    public List<Span> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public boolean isOpen(DayOfWeek day, LocalTime at) {
        return on(day).stream().anyMatch(s -> !at.isBefore(s.opens()) && at.isBefore(s.closes()));
    }

    public boolean isClosedAllWeek() {
        return days.isEmpty();
    }

    /**
     * One line for people: consecutive weekdays with the same hours are grouped
     * ("周一至周五 08:00–18:00；周六、周日 休息"); the same hours all week read as one "every day".
     */
    public String readable(Wording words) {
        List<DayOfWeek> week = List.of(DayOfWeek.values());
        if (!isClosedAllWeek() && week.stream().allMatch(d -> on(d).equals(on(DayOfWeek.MONDAY)))) {
            return words.everyDay() + " " + spansText(DayOfWeek.MONDAY, words);
        }
        List<String> groups = new ArrayList<>();
        int i = 0;
        while (i < week.size()) {
            int j = i;
            while (j + 1 < week.size() && on(week.get(j + 1)).equals(on(week.get(i)))) {
                j++;
            }
            String dayText = j == i ? words.dayNames().get(week.get(i))
                    : j == i + 1 ? words.dayNames().get(week.get(i)) + words.daySeparator() + words.dayNames().get(week.get(j))
                    : MessageFormat.format(words.dayRange(), words.dayNames().get(week.get(i)), words.dayNames().get(week.get(j)));
            groups.add(dayText + " " + spansText(week.get(i), words));
            i = j + 1;
        }
        return String.join(words.groupSeparator(), groups);
    }

    private String spansText(DayOfWeek day, Wording words) {
        List<Span> spans = on(day);
        return spans.isEmpty() ? words.closed() : String.join(words.spanSeparator(), spans.stream().map(Span::text).toList());
    }

    private static List<Span> spans(DayOfWeek day, String text) {
        String[] parts = text.split("[,，;；、]");
        List<Span> spans = new ArrayList<>();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = SPAN.matcher(part);
            if (!m.matches()) {
                throw new RuleViolation(MerchantsModule.BUNDLE, "hours.format", part.strip());
            }
            LocalTime opens = time(m.group(1), false, part);
            LocalTime closes = time(m.group(2), true, part);
            if (!closes.isAfter(opens)) {
                throw new RuleViolation(MerchantsModule.BUNDLE, "hours.endBeforeStart", part.strip());
            }
            if (!spans.isEmpty() && opens.isBefore(spans.get(spans.size() - 1).closes())) {
                throw new RuleViolation(MerchantsModule.BUNDLE, "hours.overlap", part.strip());
            }
            spans.add(new Span(opens, closes));
        }
        if (spans.size() > MAX_SPANS_A_DAY) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "hours.tooMany", MAX_SPANS_A_DAY);
        }
        return List.copyOf(spans);
    }

    private static LocalTime time(String text, boolean end, String part) {
        String padded = text.length() == 4 ? "0" + text : text;
        if (end && padded.equals("24:00")) {
            return MIDNIGHT_END;
        }
        try {
            return LocalTime.parse(padded);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "hours.format", part.strip());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours o && o.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return stored();
    }
}
