package org.communitypartners.partners.orders.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.PhotoUpload;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.Audience;
import org.communitypartners.partners.orders.domain.Photo;
import org.communitypartners.partners.orders.domain.PhotoCheck;
import org.communitypartners.partners.orders.domain.TimelineEntry.Kind;
import org.communitypartners.partners.orders.domain.WorkOrder;
import org.communitypartners.partners.orders.domain.WorkOrderRepository.OrderFilter;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;
import org.communitypartners.partners.orders.domain.WorkOrderStep;

/**
 * The partner's side of the loop: the orders dispatched to the caller's own partner, and the
 * steps partner staff take on them. Who reported an order is never shown here.
 */
@Stateless
@RolesAllowed(Roles.PARTNER_STAFF)
public class PartnerInbox {

    @Inject
    OrderLoop loop;
    @Inject
    WorkOrderRepository orders;
    @Inject
    PartnerStaffAccounts staffAccounts;
    @Inject
    ModuleGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** Whether the caller's account is bound to a partner yet (an unbound one has no inbox). */
    public boolean bound() {
        return staffAccounts.callerPartnerId().isPresent();
    }

    public List<OrderView> inbox(WorkOrderStatus status, boolean overdueOnly, PageRequest page) {
        return loop.views(orders.list(filter(status, overdueOnly), page), false);
    }

    public long count(WorkOrderStatus status, boolean overdueOnly) {
        return orders.count(filter(status, overdueOnly), WorkOrderDesk.COUNT_CAP);
    }

    private OrderFilter filter(WorkOrderStatus status, boolean overdueOnly) {
        return new OrderFilter(null, partner(), status, null, null, overdueOnly, false, null, clock.instant(), null,
                null);
    }

    public OrderView get(long id) {
        return loop.view(ours(id), false);
    }

    public List<TimelineView> timeline(long id) {
        ours(id);
        return loop.timeline(id, Audience.PARTNER, null);
    }

    public Photo photo(long orderId, long photoId) {
        ours(orderId);
        return orders.photo(photoId).filter(p -> p.getOrderId() == orderId)
                .orElseThrow(() -> new NotFoundInScope("Photo", photoId));
    }

    /** Accepts, starts, resolves (with what was done and up to three photos) or declines. */
    public OrderView take(long id, Long version, WorkOrderStep step, String note, List<byte[]> photos) {
        if (step == null || step == WorkOrderStep.DISPATCH || step == WorkOrderStep.REASSIGN
                || step == WorkOrderStep.CLOSE) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.stepNotYours");
        }
        List<PhotoUpload.Checked> checked = PhotoCheck.checkAll(photos == null ? List.of() : photos);
        WorkOrder order = ours(id);
        OrderLoop.requireVersion(order, version);
        order.take(step, Actor.PARTNER, note, clock.instant());
        loop.record(order, Kind.of(step), Actor.PARTNER, security.getCallerPrincipal().getName(), note, checked);
        return step == WorkOrderStep.DECLINE ? null : loop.view(order, false);
    }

    /**
     * The order, if it is dispatched to the caller's partner now; any other id is answered as
     * not found, and the attempt is audited.
     */
    private WorkOrder ours(long id) {
        long partner = partner();
        WorkOrder order = orders.find(id).filter(o -> o.getPartnerId() != null && o.getPartnerId() == partner)
                .orElse(null);
        if (order == null) {
            audit.record("order.read", OrderLoop.TARGET, id, AuditResult.DENIED, "not dispatched to partner " + partner);
            throw new NotFoundInScope(OrderLoop.TARGET, id);
        }
        gate.requireEnabledAt(PartnersModule.KEY, order.getCommunityId());
        return order;
    }

    private long partner() {
        return staffAccounts.callerPartnerId()
                .orElseThrow(() -> new RuleViolation(PartnersModule.BUNDLE, "inbox.notBound"));
    }
}
