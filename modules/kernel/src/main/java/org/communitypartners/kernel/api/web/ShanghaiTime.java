package org.communitypartners.kernel.api.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows stored UTC instants in Asia/Shanghai, the time staff and residents live in. */
@Named("shanghaiTime")
@ApplicationScoped
public class ShanghaiTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    public String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
