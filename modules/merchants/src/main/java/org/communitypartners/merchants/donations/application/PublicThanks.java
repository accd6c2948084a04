package org.communitypartners.merchants.donations.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.donations.application.DonationViews.Thanks;
import org.communitypartners.merchants.donations.application.DonationViews.ThanksEntry;
import org.communitypartners.merchants.donations.application.DonationViews.ThanksItem;
import org.communitypartners.merchants.donations.domain.DonatedItem;
import org.communitypartners.merchants.donations.domain.Donation;
import org.communitypartners.merchants.donations.domain.DonationRepository;

/**
 * A community's public thanks to its donors (爱心捐赠榜): who gave what and how many, and when; no
 * notes, no places, no people. An unknown community, or one where the module is off, answers as missing.
 */
@Stateless
@PermitAll
public class PublicThanks {
    private static final int SHOWN = 200;

    @Inject
    DonationRepository donations;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;

    public Thanks of(String communityCode) {
        OrgUnitView community = directory.findByCode(communityCode == null ? "" : communityCode.strip())
                .filter(u -> u.level() == OrgLevel.COMMUNITY && u.active()
                        && gate.isEnabledAt(MerchantsModule.KEY, u.id()))
                .orElseThrow(() -> new NotFoundInScope("OrgUnit", communityCode));
        List<Donation> given = donations.ofCommunity(community.id(), SHOWN);
        Map<Long, List<DonatedItem>> items = donations.items(given.stream().map(Donation::getId).toList()).stream()
                .collect(Collectors.groupingBy(DonatedItem::getDonationId));
        return new Thanks(community.name(), community.code(), given.stream()
                .map(d -> new ThanksEntry(d.getDonorName(), d.getDonatedOn(), items.getOrDefault(d.getId(), List.of())
                        .stream().map(i -> new ThanksItem(i.getName(), i.getQuantity(), i.getUnit())).toList()))
                .toList());
    }
}
