package org.communitypartners.partners.orders.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.ClientAddress;
import org.communitypartners.kernel.api.web.HourlyAllowance;
import org.communitypartners.partners.PartnersModule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits anonymous callers of the residents' pages per address and hour: reports and "me too"s
 * (cp.public.reports-per-hour), and tracking-code lookups and answers (cp.public.lookups-per-hour),
 * so that nobody scripts floods of reports or guesses codes.
 */
@ApplicationScoped
public class PublicLimits {

    @Inject
    @ConfigProperty(name = "cp.public.reports-per-hour", defaultValue = "10")
    int reportsPerHour;
    @Inject
    @ConfigProperty(name = "cp.public.lookups-per-hour", defaultValue = "120")
    int lookupsPerHour;
    @Inject
    ClientAddress client;
    @Inject
    Clock clock;

    private HourlyAllowance reports;
    private HourlyAllowance lookups;

    @PostConstruct
    void allowances() {
        reports = new HourlyAllowance(reportsPerHour);
        lookups = new HourlyAllowance(lookupsPerHour);
    }

    public void report() {
        if (!reports.take(client.current(), clock.instant())) {
            throw new RuleViolation(PartnersModule.BUNDLE, "public.tooManyReports", reportsPerHour);
        }
    }

    public void lookup() {
        if (!lookups.take(client.current(), clock.instant())) {
            throw new RuleViolation(PartnersModule.BUNDLE, "public.tooManyLookups", lookupsPerHour);
        }
    }
}
