package org.communitypartners.property.ledger.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.communitypartners.kernel.api.web.ClientAddress;
import org.communitypartners.kernel.api.web.HourlyAllowance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits anonymous verifications of a ledger chain per address and hour
 * (cp.ledger.verifications-per-hour): each one recomputes the whole chain on the server, seconds
 * for a long one, so a script must not be able to keep the server busy with them.
 */
@ApplicationScoped
public class PublicLedgerLimits {

    @Inject
    @ConfigProperty(name = "cp.ledger.verifications-per-hour", defaultValue = "30")
    int verificationsPerHour;
    @Inject
    ClientAddress client;
    @Inject
    Clock clock;

    private HourlyAllowance verifications;

    @PostConstruct
    void allowances() {
        verifications = new HourlyAllowance(verificationsPerHour);
    }

    /** Counts one verification by the caller; false once the hour's allowance is spent. */
    public boolean verification() {
        return verifications.take(client.current(), clock.instant());
    }

    public int verificationsPerHour() {
        return verificationsPerHour;
    }
}
