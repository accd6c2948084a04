package org.communitypartners.kernel.api.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many times one caller (an address) may do one thing per hour, counted in fixed hourly
 * windows, in this server's memory: enough to stop a script flooding the public pages, not an
 * account system. A cluster of n servers allows at most n times as much.
 */
public final class HourlyAllowance {
    private static final Duration WINDOW = Duration.ofHours(1);
    /** Past this many callers, expired windows are swept on the next use. */
    private static final int SWEEP_AT = 10_000;

    private final int perHour;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int used) {
    }

    public HourlyAllowance(int perHour) {
        this.perHour = perHour;
    }

    /** Counts one use by {@code caller} at {@code now}; false once the hour's allowance is spent. */
    public boolean take(String caller, Instant now) {
        if (windows.size() > SWEEP_AT) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        Window after = windows.compute(caller == null ? "-" : caller, (key, window) ->
                window == null || !now.isBefore(window.start().plus(WINDOW)) ? new Window(now, 1)
                        : new Window(window.start(), window.used() + 1));
        return after.used() <= perHour;
    }
}
