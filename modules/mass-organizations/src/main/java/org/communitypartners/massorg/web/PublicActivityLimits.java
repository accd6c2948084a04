package org.communitypartners.massorg.web;

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
import org.communitypartners.massorg.MassOrganizationsModule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits anonymous callers of the activity pages per address and hour, in this server's memory:
 * registrations (cp.activities.registrations-per-hour) and code lookups, cancellations and
 * check-ins (cp.activities.lookups-per-hour). The partners' limiter is not in its api, so the
 * few lines are here. A cluster of n servers allows at most n times as much.
 */
@ApplicationScoped
public class PublicActivityLimits {
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int SWEEP_AT = 10_000;

    @Inject
    @ConfigProperty(name = "cp.activities.registrations-per-hour", defaultValue = "10")
    int registrationsPerHour;
    @Inject
    @ConfigProperty(name = "cp.activities.lookups-per-hour", defaultValue = "120")
    int lookupsPerHour;
    @Inject
    ClientAddress client;
    @Inject
    Clock clock;

    private record Window(Instant start, int used) {
    }

    private Map<String, Window> registrations;
    private Map<String, Window> lookups;

    @PostConstruct
    void windows() {
        registrations = new ConcurrentHashMap<>();
        lookups = new ConcurrentHashMap<>();
    }

    public void registration() {
        if (!take(registrations, registrationsPerHour)) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "public.tooManyRegistrations", registrationsPerHour);
        }
    }

    public void lookup() {
        if (!take(lookups, lookupsPerHour)) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "public.tooManyLookups", lookupsPerHour);
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
