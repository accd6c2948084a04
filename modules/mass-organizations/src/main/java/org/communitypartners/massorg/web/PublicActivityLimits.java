package org.communitypartners.massorg.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.ClientAddress;
import org.communitypartners.kernel.api.web.HourlyAllowance;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits anonymous callers of the activity pages per address and hour: registrations
 * (cp.activities.registrations-per-hour) and code lookups, cancellations and check-ins
 * (cp.activities.lookups-per-hour).
 */
@ApplicationScoped
public class PublicActivityLimits {

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

    private HourlyAllowance registrations;
    private HourlyAllowance lookups;

    @PostConstruct
    void allowances() {
        registrations = new HourlyAllowance(registrationsPerHour);
        lookups = new HourlyAllowance(lookupsPerHour);
    }

    public void registration() {
        if (!registrations.take(client.current(), clock.instant())) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "public.tooManyRegistrations", registrationsPerHour);
        }
    }

    public void lookup() {
        if (!lookups.take(client.current(), clock.instant())) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "public.tooManyLookups", lookupsPerHour);
        }
    }
}
