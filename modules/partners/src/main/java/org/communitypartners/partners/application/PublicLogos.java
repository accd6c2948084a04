package org.communitypartners.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PortalLogo;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerLogo;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.domain.PartnerRepository.PartnerFilter;

/**
 * Partners' logos for residents without an account: only of a public partner — active, in a
 * subdistrict with the partners module on — as it stands on the roll of honour. The address
 * carries the logo's version, so a replaced logo has a new address and an old one may be cached
 * for long.
 */
@ApplicationScoped
@Transactional
public class PublicLogos {
    static final String PATH = "/logos/partner/";

    @Inject
    PartnerRepository partners;
    @Inject
    ModuleGate gate;

    /** The logo of a public partner; empty for any other partner or one without a logo. */
    public Optional<PartnerLogo> logo(long partnerId) {
        return partners.find(partnerId).filter(this::isPublic).flatMap(p -> partners.logo(partnerId));
    }

    /** The public address of each partner's logo, for those among them that have one. */
    public Map<Long, String> addresses(Collection<Long> partnerIds) {
        Map<Long, String> addresses = new java.util.HashMap<>();
        partners.logoVersions(partnerIds).forEach((id, version) -> addresses.put(id, PATH + id + "?v=" + version));
        return addresses;
    }

    /** Logos of the active partners serving the community, by name. */
    public List<PortalLogo> ofCommunity(long communityId) {
        List<Partner> serving = partners.list(new PartnerFilter(Set.of(communityId), null, PartnerStatus.ACTIVE, null),
                        new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).stream()
                .filter(p -> p.getServedCommunityIds().contains(communityId)).toList();
        Map<Long, String> addresses = addresses(serving.stream().map(Partner::getId).toList());
        return serving.stream().filter(p -> addresses.containsKey(p.getId()))
                .map(p -> new PortalLogo(p.getName(), addresses.get(p.getId()))).toList();
    }

    private boolean isPublic(Partner partner) {
        return partner.getStatus() == PartnerStatus.ACTIVE && gate.isEnabledAt(PartnersModule.KEY, partner.getHomeUnitId());
    }
}
