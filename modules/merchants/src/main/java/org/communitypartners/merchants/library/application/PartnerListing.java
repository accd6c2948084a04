package org.communitypartners.merchants.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.communitypartners.merchants.library.domain.MerchantRepository;
import org.communitypartners.partners.api.PartnerStatusChanged;

/**
 * Takes a merchant off the public circle when the registry suspends or ends its partnership, and
 * puts it back when the partner is active again, keeping each change with the step's time. Runs in
 * the registry's transaction: the step, the listing and its history change together.
 */
@ApplicationScoped
public class PartnerListing {
    @Inject
    MerchantRepository merchants;

    void follow(@Observes PartnerStatusChanged changed) {
        merchants.findByPartner(changed.partnerId())
                .ifPresent(profile -> merchants.add(profile.followPartner(changed.active(), changed.at())));
    }
}
