package org.communitypartners.merchants.eligibility.web;

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
 * Limits anonymous code requests per client address and hour (cp.benefits.code-requests-per-hour),
 * in this server's memory, so the public page cannot be used to try ID numbers against mobiles.
 * Like the other modules' public limits; a cluster of n servers allows n times as much.
 */
@ApplicationScoped
public class PublicBenefitLimits {
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int SWEEP_AT = 10_000;

    @Inject
    @ConfigProperty(name = "cp.benefits.code-requests-per-hour", defaultValue = "10")
    int codeRequestsPerHour;
    @Inject
    ClientAddress client;
    @Inject
    Clock clock;

    private record Window(Instant start, int used) {
    }

    private Map<String, Window> requests;

    @PostConstruct
    void windows() {
        requests = new ConcurrentHashMap<>();
    }

    public void codeRequest() {
        Instant now = clock.instant();
        if (requests.size() > SWEEP_AT) {
            requests.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        String caller = client.current() == null ? "-" : client.current();
        Window after = requests.compute(caller, (key, w) -> w == null || !now.isBefore(w.start().plus(WINDOW))
                ? new Window(now, 1) : new Window(w.start(), w.used() + 1));
        if (after.used() > codeRequestsPerHour) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "code.tooManyRequests", codeRequestsPerHour);
        }
    }
}
