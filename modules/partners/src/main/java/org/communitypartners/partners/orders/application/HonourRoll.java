package org.communitypartners.partners.orders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.application.PublicLogos;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.domain.PartnerRepository.PartnerFilter;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;
import org.communitypartners.partners.orders.domain.WorkOrderRepository.PartnerFigures;

/**
 * The partner roll of honour (合伙人光荣榜) residents read without an account: the active
 * partners serving a community, with what the last twelve months of orders say of them. Names
 * and figures only; no contact, no credit code.
 */
@Stateless
public class HonourRoll {
    private static final Duration YEAR = Duration.ofDays(365);

    @Inject
    PartnerRepository partners;
    @Inject
    WorkOrderRepository orders;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    Clock clock;
    @Inject
    PublicLogos logos;

    /**
     * A partner on the roll; {@code meanRating} absent when no resident rated its orders, {@code logo}
     * (the public address of its image) when it has none.
     */
    public record Entry(String name, PartnerKind kind, long resolvedLastYear, Double meanRating, String logo) {
    }

    public record Roll(OrgUnitView community, List<Entry> entries) {
    }

    public Roll of(long communityId) {
        OrgUnitView community = directory.find(communityId).filter(u -> u.level() == OrgLevel.COMMUNITY)
                .filter(OrgUnitView::active).filter(u -> gate.isEnabledAt(PartnersModule.KEY, u.id()))
                .orElseThrow(() -> new NotFoundInScope("Community", communityId));
        Instant now = clock.instant();
        List<Partner> serving = partners.list(new PartnerFilter(Set.of(communityId), null, PartnerStatus.ACTIVE,
                        null), new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).stream()
                .filter(p -> p.getServedCommunityIds().contains(communityId)).toList();
        Map<Long, String> addresses = logos.addresses(serving.stream().map(Partner::getId).toList());
        List<Entry> entries = serving.stream()
                .map(p -> entry(p, orders.figures(p.getId(), now.minus(YEAR), now), addresses.get(p.getId())))
                .sorted(Comparator.comparing(Entry::kind).thenComparing(Comparator.comparingLong(Entry::resolvedLastYear)
                        .reversed()))
                .toList();
        return new Roll(community, entries);
    }

    private static Entry entry(Partner partner, PartnerFigures figures, String logo) {
        Double rating = figures.meanRating() == null ? null : Math.round(figures.meanRating() * 10) / 10.0;
        return new Entry(partner.getName(), partner.getKind(), figures.resolved(), rating, logo);
    }
}
