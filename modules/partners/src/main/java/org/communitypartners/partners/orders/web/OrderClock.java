package org.communitypartners.partners.orders.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.orders.application.OrderView;
import org.omnifaces.util.Faces;

/** An order's clock as lists show it: "剩余 1天2小时" / "超时 35分钟" / "按时完成". */
@Named
@ApplicationScoped
public class OrderClock {
    private static final long HOUR = 60;
    private static final long DAY = 24 * HOUR;

    public String label(OrderView order) {
        ResourceBundle text = ResourceBundle.getBundle(PartnersModule.BUNDLE, Faces.getLocale());
        String phase = text.getString("clock." + order.clockPhase());
        long minutes = order.clockMinutes();
        return minutes == 0 ? phase : phase + " " + duration(minutes, text);
    }

    static String duration(long minutes, ResourceBundle text) {
        StringBuilder out = new StringBuilder();
        if (minutes >= DAY) {
            out.append(minutes / DAY).append(text.getString("clock.days"));
        }
        if (minutes % DAY >= HOUR) {
            out.append(minutes % DAY / HOUR).append(text.getString("clock.hours"));
        }
        if (minutes < DAY && minutes % HOUR > 0) {
            out.append(minutes % HOUR).append(text.getString("clock.minutes"));
        }
        return out.toString().strip();
    }
}
