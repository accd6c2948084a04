package org.communitypartners.merchants.childcare.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.ClientAddress;
import org.communitypartners.kernel.api.web.HourlyAllowance;
import org.communitypartners.merchants.MerchantsModule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps one address from taking a whole station's seats or guessing codes: bookings
 * (cp.child-care.bookings-per-hour) and page or code lookups (cp.child-care.lookups-per-hour) per
 * client address and hour.
 */
@ApplicationScoped
public class PublicBookingLimits {

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

    private HourlyAllowance bookings;
    private HourlyAllowance lookups;

    @PostConstruct
    void allowances() {
        bookings = new HourlyAllowance(bookingsPerHour);
        lookups = new HourlyAllowance(lookupsPerHour);
    }

    public void booking() {
        if (!bookings.take(client.current(), clock.instant())) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "childcare.tooManyBookings", bookingsPerHour);
        }
    }

    public void lookup() {
        if (!lookups.take(client.current(), clock.instant())) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "childcare.tooManyLookups", lookupsPerHour);
        }
    }
}
