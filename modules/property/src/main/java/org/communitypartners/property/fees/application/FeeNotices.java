package org.communitypartners.property.fees.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.domain.RegisterRepository;
import org.communitypartners.property.domain.ServiceContract;
import org.communitypartners.property.fees.application.FeeViews.FeeNotice;
import org.communitypartners.property.fees.application.FeeViews.NoticeItem;
import org.communitypartners.property.fees.domain.FeeItem;
import org.communitypartners.property.fees.domain.FeeRate;
import org.communitypartners.property.fees.domain.FeeRepository;
import org.communitypartners.property.fees.domain.FeeSchedule;

/**
 * The public fee notice (收费公示) of a compound, for anyone without signing in: the property
 * company under the contract in force, its service content and standard, every fee item with its
 * rate, basis and start date, and the 12358 price-complaint hotline. Only what a notice board
 * shows: no owner, unit or bill.
 */
@Stateless
@PermitAll
public class FeeNotices {
    /** The national price-complaint hotline (价格举报电话) every price notice carries. */
    public static final String PRICE_HOTLINE = "12358";

    @Inject
    FeeRepository fees;
    @Inject
    RegisterRepository register;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    PartnerLookup partners;
    @Inject
    Clock clock;

    /** The notice of the compound with this 15-digit code; an unknown, inactive or switched-off one is not found. */
    public FeeNotice notice(String compoundCode) {
        String code = compoundCode == null ? "" : compoundCode.strip();
        OrgUnitView compound = directory.findByCode(code)
                .filter(u -> u.level() == OrgLevel.COMPOUND && u.active()
                        && gate.isEnabledAt(PropertyModule.KEY, u.id()))
                .orElseThrow(() -> new NotFoundInScope(CollectionRates.COMPOUND, code));
        String community = directory.find(compound.parentId()).map(OrgUnitView::name).orElse("");
        LocalDate today = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        Optional<ServiceContract> contract = register.contracts(compound.id()).stream()
                .filter(c -> c.inForceOn(today)).findFirst();
        String company = contract.flatMap(c -> partners.publicName(c.getPartnerId())).orElse(null);
        List<FeeItem> items = fees.items(compound.id());
        Map<Long, List<FeeRate>> rates = fees.ratesOf(items);
        List<NoticeItem> shown = items.stream().map(i -> noticeItem(i, rates.getOrDefault(i.getId(), List.of()), today))
                .flatMap(Optional::stream).toList();
        return new FeeNotice(compound.code(), compound.name(), community, company,
                contract.map(ServiceContract::getStartsOn).orElse(null),
                contract.map(ServiceContract::getEndsOn).orElse(null),
                contract.map(ServiceContract::getServiceLevel).orElse(null),
                contract.map(ServiceContract::getServiceGrade).orElse(null), shown, PRICE_HOTLINE, today);
    }

    private static Optional<NoticeItem> noticeItem(FeeItem item, List<FeeRate> rates, LocalDate today) {
        Optional<FeeRate> current = FeeSchedule.rateOn(rates, today);
        Optional<FeeRate> next = FeeSchedule.nextAfter(rates, today);
        if (current.isEmpty() && next.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NoticeItem(item.getName(), item.getBasis(),
                current.map(FeeRate::getAmount).orElse(null), current.map(FeeRate::getEffectiveFrom).orElse(null),
                next.map(FeeRate::getAmount).orElse(null), next.map(FeeRate::getEffectiveFrom).orElse(null)));
    }
}
