package org.communitypartners.partners.orders.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.partners.PartnersModule;
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

    /** The file, with headings and labels in Chinese: it goes to staff meetings and the archive. */
    static String of(OrderView order, List<TimelineView> timeline) {
        ResourceBundle text = ResourceBundle.getBundle(PartnersModule.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, text.getString("order.number"), text.getString("order.category"), text.getString("order.community"),
                text.getString("order.compound"), text.getString("order.place"), text.getString("order.submittedAt"),
                text.getString("order.status"));
        line(csv, String.valueOf(order.id()), order.categoryName(), order.communityName(), order.compoundName(),
                order.placeDetail(), TIME.format(order.submittedAt()), text.getString("orderStatus." + order.status()));
        line(csv);
        line(csv, text.getString("csv.time"), text.getString("csv.event"), text.getString("csv.party"),
                text.getString("csv.by"), text.getString("order.status"), text.getString("order.partner"),
                text.getString("orderPage.note"), text.getString("csv.photos"));
        for (TimelineView entry : timeline) {
            line(csv, TIME.format(entry.at()), text.getString("event." + entry.kind()),
                    text.getString("actor." + entry.actor()), entry.actorName(),
                    text.getString("orderStatus." + entry.toStatus()), entry.partnerName(), entry.note(),
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
