package org.communitypartners.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.domain.PartnerRepository.PartnerFilter;

/** The partners api's lookup, a CDI bean (an EJB implementing the interface broke injection before). */
@ApplicationScoped
public class ScopedPartnerLookup implements PartnerLookup {

    @Inject
    PartnerRepository partners;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;

    @Override
    public Optional<PartnerView> findVisible(long partnerId) {
        return partners.find(partnerId).filter(this::seen).map(PartnerRegistry::view);
    }

    @Override
    public List<PartnerView> activeOfKind(PartnerKind kind, String text, int limit) {
        PartnerFilter filter = new PartnerFilter(scope.coversWholeTree() ? null : scope.visibleUnitIds(), kind,
                PartnerStatus.ACTIVE, text);
        return partners.list(filter, new PageRequest(0, limit, "name", true)).stream()
                .filter(p -> gate.isEnabledAt(PartnersModule.KEY, p.getHomeUnitId()))
                .map(PartnerRegistry::view).toList();
    }

    private boolean seen(Partner partner) {
        return (scope.canSee(partner.getHomeUnitId()) || partner.getServedCommunityIds().stream().anyMatch(scope::canSee))
                && gate.isEnabledAt(PartnersModule.KEY, partner.getHomeUnitId());
    }
}
