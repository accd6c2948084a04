package org.communitypartners.massorg.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.communitypartners.massorg.application.ActivityView;

/**
 * Writes activities as an iCalendar feed (RFC 5545): CRLF line endings, content lines folded at
 * 75 octets without splitting a UTF-8 character, text values escaped, times in UTC.
 */
public final class ICalendar {
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    public static String feed(String calendarName, List<ActivityView> activities, String uidDomain, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Community Partners//Activities//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (ActivityView a : activities) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:activity-" + a.id() + "@" + uidDomain);
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(a.startsAt()));
            line(out, "DTEND:" + UTC.format(a.endsAt()));
            line(out, "SUMMARY:" + escape(a.title()));
            line(out, "LOCATION:" + escape(a.venue()));
            String description = a.organiserNames() + (a.description() == null ? "" : "\n" + a.description());
            line(out, "DESCRIPTION:" + escape(description));
            line(out, "STATUS:CONFIRMED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT value escaping: backslash, semicolon, comma and line breaks. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A content line folded into pieces of at most 75 octets; continuations start with one space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String content) {
        out.append(fold(content)).append(CRLF);
    }
}
