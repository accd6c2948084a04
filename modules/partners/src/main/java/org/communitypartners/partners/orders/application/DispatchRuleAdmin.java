package org.communitypartners.partners.orders.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.orders.domain.DispatchRule;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;

/** Staff keep the rules that dispatch new orders by category and place, for their own units. */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class DispatchRuleAdmin {
    private static final String TARGET = "DispatchRule";

    @Inject
    WorkOrderRepository orders;
    @Inject
    PartnerRepository partners;
    @Inject
    OrderLoop loop;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** A rule as screens and REST show it. */
    public record RuleView(long id, String categoryCode, long unitId, String unitName, long partnerId,
                           String partnerName, String createdBy) {
    }

    public List<RuleView> rules() {
        return orders.dispatchRules(scope.visibleUnitIds()).stream().map(this::view).toList();
    }

    public RuleView add(String categoryCode, long unitId, long partnerId) {
        scope.requireVisible(unitId, "OrgUnit", unitId);
        gate.requireEnabledAt(PartnersModule.KEY, unitId);
        OrgUnitView unit = directory.find(unitId).filter(u -> u.level() == OrgLevel.COMMUNITY
                || u.level() == OrgLevel.COMPOUND).orElseThrow(() -> new RuleViolation(PartnersModule.BUNDLE,
                "order.communityRequired"));
        long community = unit.level() == OrgLevel.COMMUNITY ? unit.id() : unit.parentId();
        loop.category(categoryCode);
        Partner partner = partners.find(partnerId).filter(p -> p.getStatus() == PartnerStatus.ACTIVE
                        && (p.getHomeUnitId() == community || p.getServedCommunityIds().contains(community)))
                .orElseThrow(() -> new RuleViolation(PartnersModule.BUNDLE, "order.partnerNotServing"));
        boolean exists = orders.dispatchRules(List.of(unitId)).stream()
                .anyMatch(r -> r.getCategoryCode().equals(categoryCode));
        if (exists) {
            throw new RuleViolation(PartnersModule.BUNDLE, "rule.exists");
        }
        DispatchRule rule = orders.add(new DispatchRule(categoryCode, unitId, partner.getId(),
                security.getCallerPrincipal().getName(), clock.instant()));
        audit.success("dispatchRule.add", TARGET, rule.getId(), categoryCode + " @" + unitId + " -> " + partnerId);
        return view(rule);
    }

    public void remove(long id) {
        DispatchRule rule = orders.dispatchRule(id).orElseThrow(() -> new NotFoundInScope(TARGET, id));
        scope.requireVisible(rule.getUnitId(), TARGET, id);
        orders.remove(rule);
        audit.success("dispatchRule.remove", TARGET, id, rule.getCategoryCode() + " @" + rule.getUnitId());
    }

    private RuleView view(DispatchRule r) {
        return new RuleView(r.getId(), r.getCategoryCode(), r.getUnitId(),
                directory.find(r.getUnitId()).map(OrgUnitView::name).orElse(null), r.getPartnerId(),
                partners.find(r.getPartnerId()).map(Partner::getName).orElse(null), r.getCreatedBy());
    }
}
