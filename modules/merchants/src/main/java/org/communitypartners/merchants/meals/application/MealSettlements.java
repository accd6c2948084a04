package org.communitypartners.merchants.meals.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.meals.domain.MealPoint;
import org.communitypartners.merchants.meals.domain.MealRepository;
import org.communitypartners.merchants.meals.domain.MealRepository.PointFilter;
import org.communitypartners.merchants.meals.domain.Reconciliation;
import org.communitypartners.merchants.meals.domain.SubsidySettlement;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerView;

/**
 * The monthly subsidy settlement of the meal points (助餐补贴月结算), for community staff and the
 * subdistrict: computed from served orders each time it is asked, so it always matches them;
 * reconciled against the benefit codes used at each point's counter. Every reading is audited: it is what
 * finance pays from.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class MealSettlements {

    @Inject
    MealRepository meals;
    @Inject
    MealAccess access;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    PartnerLookup partners;
    @Inject
    AuditTrail audit;

    /** One meal point's settlement of the month. */
    public SettlementView of(long pointId, YearMonth month, Locale locale) {
        MealPoint point = access.visible(pointId);
        SettlementView view = settle(point, month, locale);
        audit.success("meal.settlement.read", MealAccess.TARGET, pointId, month + " " + view.subsidy());
        return view;
    }

    /**
     * The settlements of the month of every meal point the caller sees, optionally of one community,
     * by community and name; the audit log tells a reading on screen from an export for finance.
     */
    public List<SettlementView> month(Long communityId, YearMonth month, boolean export, Locale locale) {
        if (communityId != null) {
            scope.requireVisible(communityId, "OrgUnit", communityId);
        }
        List<SettlementView> settled = meals.points(new PointFilter(scope.coversWholeTree() ? null
                        : scope.visibleUnitIds(), null, communityId)).stream()
                .filter(p -> gate.isEnabledAt(MerchantsModule.KEY, p.getCommunityId()))
                .map(p -> settle(p, month, locale)).toList();
        audit.success(export ? "meal.settlement.export" : "meal.settlement.read", MealAccess.TARGET,
                communityId == null ? "all" : communityId, month + " " + settled.size() + " "
                        + settled.stream().map(SettlementView::subsidy).reduce(BigDecimal.ZERO, BigDecimal::add));
        return settled;
    }

    private SettlementView settle(MealPoint point, YearMonth month, Locale locale) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        SubsidySettlement settlement = SubsidySettlement.of(meals.served(point.getId(), from, to));
        List<SettlementView.Line> lines = settlement.lines().stream()
                .map(l -> new SettlementView.Line(l.category(), MealWordings.category(l.category(), locale),
                        l.standardPrice(), l.paidPrice(), l.meals(), l.standardTotal(), l.paidTotal(), l.subsidy()))
                .toList();
        Reconciliation r = Reconciliation.of(meals.servedSubsidised(point.getId(), from, to),
                meals.codeUses(point.getId(), from, to));
        SettlementView.ReconciliationView reconciliation = new SettlementView.ReconciliationView(r.balanced(),
                r.tiers().stream().map(t -> new SettlementView.Tier(t.category(),
                        MealWordings.category(t.category(), locale), t.servedMeals(), t.codeUses(), t.difference()))
                        .toList(), r.ordersWithoutUse(), r.usesWithoutOrder(), r.categoryMismatches());
        return new SettlementView(point.getId(), point.getName(),
                directory.find(point.getCommunityId()).map(OrgUnitView::name).orElse(""),
                partners.find(point.getPartnerId()).map(PartnerView::name).orElse(""), month, lines,
                settlement.meals(), settlement.subsidisedMeals(), settlement.standardTotal(), settlement.paidTotal(),
                settlement.subsidy(), reconciliation);
    }
}
