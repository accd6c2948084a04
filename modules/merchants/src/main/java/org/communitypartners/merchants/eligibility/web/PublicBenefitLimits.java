package org.communitypartners.merchants.eligibility.web;

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
 * Limits anonymous code requests per client address and hour (cp.benefits.code-requests-per-hour),
 * so the public page cannot be used to try ID numbers against mobiles.
 */
@ApplicationScoped
public class PublicBenefitLimits {

    @Inject
    @ConfigProperty(name = "cp.benefits.code-requests-per-hour", defaultValue = "10")
    int codeRequestsPerHour;
    @Inject
    ClientAddress client;
    @Inject
    Clock clock;

    private HourlyAllowance requests;

    @PostConstruct
    void allowances() {
        requests = new HourlyAllowance(codeRequestsPerHour);
    }

    public void codeRequest() {
        if (!requests.take(client.current(), clock.instant())) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "code.tooManyRequests", codeRequestsPerHour);
        }
    }
}
