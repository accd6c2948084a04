package org.communitypartners.partners.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.ComplaintCount;
import org.communitypartners.partners.api.WorkOrderFigures;
import org.communitypartners.partners.api.WorkOrders;
import org.communitypartners.partners.orders.domain.Channel;
import org.communitypartners.partners.orders.domain.WorkOrder;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;

/** The work-order api other modules use; every call is scoped to the signed-in caller. */
@ApplicationScoped
@Transactional
public class WorkOrdersApi implements WorkOrders, WorkOrderFigures {
    /** Who raises orders for residents: staff, never partners or owners through another module. */
    private static final List<String> STAFF = List.of(Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN,
            Roles.COMMUNITY_STAFF);

    @Inject
    OrderLoop loop;
    @Inject
    WorkOrderRepository orders;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    SecurityContext security;

    @Override
    public long raise(Request request) {
        if (!STAFF.stream().anyMatch(security::isCallerInRole)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.stepNotYours");
        }
        if (request == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.descriptionRequired");
        }
        scope.requireVisible(request.communityId(), "OrgUnit", request.communityId());
        gate.requireEnabledAt(PartnersModule.KEY, request.communityId());
        var place = loop.place(request.communityId(), request.compoundId(), request.placeDetail(), null, null);
        return loop.submit(request.categoryCode(), place, request.description(), Channel.MODULE,
                request.reporterName(), new PhoneNumber(request.reporterPhone()), List.of(),
                security.getCallerPrincipal().getName()).order().getId();
    }

    @Override
    public Optional<Summary> find(long orderId) {
        return orders.find(orderId).filter(o -> scope.canSee(o.place().unitId()))
                .filter(o -> gate.isEnabledAt(PartnersModule.KEY, o.getCommunityId()))
                .map(WorkOrdersApi::summary);
    }

    private static Summary summary(WorkOrder o) {
        return new Summary(o.getId(), o.getCategoryCode(), o.getStatus(), o.getPartnerId(), o.getSubmittedAt(),
                o.getResolvedAt(), o.getConfirmedAt(), o.getRating(), o.isComplaint());
    }

    @Override
    public List<ComplaintCount> complaints(long subdistrictId, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        scope.requireVisible(subdistrictId, "OrgUnit", subdistrictId);
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return orders.complaints(subdistrictId, first.atStartOfDay(ShanghaiTime.ZONE).toInstant(),
                        first.plusMonths(3).atStartOfDay(ShanghaiTime.ZONE).toInstant()).stream()
                .map(c -> new ComplaintCount(c.compoundId(), year, quarter, c.count())).toList();
    }
}
