package org.communitypartners.merchants.childcare.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.ClientAddress;
import org.communitypartners.merchants.MerchantsModule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps one address from taking a whole station's seats or guessing codes: bookings
 * (cp.child-care.bookings-per-hour) and page or code lookups (cp.child-care.lookups-per-hour) per
 * client address and hour, in this server's memory (a cluster of n servers allows n times as much).
 */
@ApplicationScoped
public class PublicBookingLimits {
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int SWEEP_AT = 10_000;

    @Inject
    @ConfigProperty(name = "cp.child-care.bookings-per-hour", defaultValue = "10")
    int bookingsPerHour;
    @Inject
    @ConfigProperty(name = "cp.child-care.lookups-per-hour", defaultValue = "120")
    int lookupsPerHour;
    @Inject
    ClientAddress client;
    @Inject
    Clock clock;

    private record Window(Instant start, int used) {
    }

    private Map<String, Window> bookings;
    private Map<String, Window> lookups;

    @PostConstruct
    void windows() {
        bookings = new ConcurrentHashMap<>();
        lookups = new ConcurrentHashMap<>();
    }

    public void booking() {
        if (!take(bookings, bookingsPerHour)) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "childcare.tooManyBookings", bookingsPerHour);
        }
    }

    public void lookup() {
        if (!take(lookups, lookupsPerHour)) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "childcare.tooManyLookups", lookupsPerHour);
        }
    }

    private boolean take(Map<String, Window> windows, int perHour) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_AT) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        String caller = client.current() == null ? "-" : client.current();
        Window after = windows.compute(caller, (key, w) -> w == null || !now.isBefore(w.start().plus(WINDOW))
                ? new Window(now, 1) : new Window(w.start(), w.used() + 1));
        return after.used() <= perHour;
    }
}
