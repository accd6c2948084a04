package org.communitypartners.partners.orders.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.partners.orders.application.OrderView;
import org.communitypartners.partners.orders.application.TimelineView;

/**
 * An order's timeline as CSV for the file or a meeting: UTF-8 with a byte-order mark so that
 * Excel opens the Chinese correctly, times in China time, fields quoted where needed.
 */
final class TimelineCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ShanghaiTime.ZONE);

    private TimelineCsv() {
    }

    static String of(OrderView order, List<TimelineView> timeline) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, "order", "category", "community", "compound", "place", "submitted", "status");
        line(csv, String.valueOf(order.id()), order.categoryName(), order.communityName(), order.compoundName(),
                order.placeDetail(), TIME.format(order.submittedAt()), order.status().name());
        line(csv);
        line(csv, "time", "event", "party", "by", "status", "partner", "note", "photos");
        for (TimelineView entry : timeline) {
            line(csv, TIME.format(entry.at()), entry.kind().name(), entry.actor().name(), entry.actorName(),
                    entry.toStatus().name(), entry.partnerName(), entry.note(),
                    String.valueOf(entry.photoIds().size()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append("\r\n");
    }

    /** Quotes a field when it holds a separator, quote or line break; neutralises formula starts. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
