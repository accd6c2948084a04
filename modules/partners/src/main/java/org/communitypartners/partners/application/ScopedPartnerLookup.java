package org.communitypartners.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.domain.PartnerRepository.PartnerFilter;

/** {@link PartnerLookup} over the registry; a CDI bean, since EJBs behind interfaces broke injection here. */
@ApplicationScoped
public class ScopedPartnerLookup implements PartnerLookup {

    @Inject
    PartnerRepository partners;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    PartnerStaffAccounts staffAccounts;

    @Override
    public Optional<PartnerView> find(long partnerId) {
        return partners.find(partnerId).filter(this::seen).map(PartnerRegistry::view);
    }

    @Override
    public Optional<String> publicName(long partnerId) {
        return partners.find(partnerId).filter(p -> gate.isEnabledAt(PartnersModule.KEY, p.getHomeUnitId()))
                .map(Partner::getName);
    }

    @Override
    public List<PartnerView> activeServing(long communityId, PartnerKind kind) {
        if (!scope.canSee(communityId)) {
            return List.of();
        }
        PartnerFilter filter = new PartnerFilter(Set.of(communityId), kind, PartnerStatus.ACTIVE, null);
        return partners.list(filter, new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).stream()
                .filter(p -> p.getServedCommunityIds().contains(communityId))
                .filter(p -> gate.isEnabledAt(PartnersModule.KEY, p.getHomeUnitId()))
                .map(PartnerRegistry::view).toList();
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
        boolean inScope = scope.canSee(partner.getHomeUnitId())
                || partner.getServedCommunityIds().stream().anyMatch(scope::canSee)
                || staffAccounts.callerPartnerId().filter(id -> id.equals(partner.getId())).isPresent();
        return inScope && gate.isEnabledAt(PartnersModule.KEY, partner.getHomeUnitId());
    }
}
