package org.communitypartners.partners.orders.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.CloseReason;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.application.PartnerRegistry;
import org.communitypartners.partners.domain.PartnerRepository.PartnerFilter;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.Audience;
import org.communitypartners.partners.orders.domain.Channel;
import org.communitypartners.partners.orders.domain.Photo;
import org.communitypartners.partners.orders.domain.Reporter;
import org.communitypartners.partners.orders.domain.TimelineEntry.Kind;
import org.communitypartners.partners.orders.domain.WorkOrder;
import org.communitypartners.partners.orders.domain.WorkOrderRepository.OrderFilter;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;
import org.communitypartners.partners.orders.domain.WorkOrderStep;

/**
 * The community's side of the loop: the board of orders in the caller's part of the tree,
 * entering phone and walk-in orders, dispatching, and supervising (reassign, urge, close,
 * merge duplicates, record a confirmation given by phone).
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class WorkOrderDesk {
    /** How far back duplicates are looked for. */
    public static final Duration DUPLICATE_WINDOW = Duration.ofDays(30);
    /** Lists count no further: beyond it the paginator says "more than 10,000; narrow the filter". */
    public static final long COUNT_CAP = 10_000;

    @Inject
    OrderLoop loop;
    @Inject
    WorkOrderRepository orders;
    @Inject
    PartnerRepository partners;
    @Inject
    CallerScope scope;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    SecurityContext security;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /**
     * What the board filters by. {@code placeId} (any unit the caller sees) and {@code submittedIn}
     * narrow it to the rows behind a dashboard figure.
     */
    public record BoardFilter(WorkOrderStatus status, String categoryCode, Long compoundId, boolean overdueOnly,
                              boolean escalatedOnly, Long orderNumber, Long placeId, Quarter submittedIn) {

        public BoardFilter(WorkOrderStatus status, String categoryCode, Long compoundId, boolean overdueOnly,
                           boolean escalatedOnly, Long orderNumber) {
            this(status, categoryCode, compoundId, overdueOnly, escalatedOnly, orderNumber, null, null);
        }
    }

    /** An order taken by phone or at the counter for a resident. */
    public record EnteredOrder(String categoryCode, Long communityId, Long compoundId, String placeDetail,
                               BigDecimal latitude, BigDecimal longitude, String description, Channel channel,
                               String reporterName, String reporterPhone) {
    }

    public List<OrderView> board(BoardFilter filter, PageRequest page) {
        return loop.views(orders.list(filter(filter), page), true);
    }

    public long count(BoardFilter filter) {
        return orders.count(filter(filter), COUNT_CAP);
    }

    private OrderFilter filter(BoardFilter f) {
        BoardFilter given = f == null ? new BoardFilter(null, null, null, false, false, null) : f;
        Collection<Long> units = scope.coversWholeTree() ? null : scope.visibleUnitIds();
        Long compound = given.compoundId();
        if (given.placeId() != null) {
            scope.requireVisible(given.placeId(), "OrgUnit", given.placeId());
            List<OrgUnitView> subtree = directory.subtree(given.placeId());
            if (subtree.size() == 1 && subtree.get(0).level() == OrgLevel.COMPOUND) {
                compound = given.placeId();
            } else {
                units = subtree.stream().map(OrgUnitView::id).toList();
            }
        }
        Quarter quarter = given.submittedIn();
        return new OrderFilter(units, null, given.status(), given.categoryCode(), compound, given.overdueOnly(),
                given.escalatedOnly(), given.orderNumber(), clock.instant(), quarter == null ? null : quarter.start(),
                quarter == null ? null : quarter.end());
    }

    public OrderView get(long id) {
        return loop.view(visible(id), true);
    }

    public List<TimelineView> timeline(long id) {
        visible(id);
        return loop.timeline(id, Audience.STAFF, null);
    }

    public Photo photo(long orderId, long photoId) {
        visible(orderId);
        return orders.photo(photoId).filter(p -> p.getOrderId() == orderId)
                .orElseThrow(() -> new NotFoundInScope("Photo", photoId));
    }

    public OrderView enter(EnteredOrder entered) {
        if (entered == null || entered.channel() == null || entered.channel() == Channel.ONLINE
                || entered.channel() == Channel.OPEN311 || entered.channel() == Channel.MODULE
                || entered.channel() == Channel.NEED_MATCH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.channelRequired");
        }
        if (entered.communityId() == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.communityRequired");
        }
        scope.requireVisible(entered.communityId(), "OrgUnit", entered.communityId());
        gate.requireEnabledAt(PartnersModule.KEY, entered.communityId());
        var place = loop.place(entered.communityId(), entered.compoundId(), entered.placeDetail(), entered.latitude(),
                entered.longitude());
        var submitted = loop.submit(entered.categoryCode(), place, entered.description(), entered.channel(),
                entered.reporterName(), new PhoneNumber(entered.reporterPhone()), List.of(), caller());
        return loop.view(submitted.order(), true);
    }

    /** Active partners serving the order's community: whom it may be dispatched to. */
    public List<PartnerView> dispatchablePartners(long id) {
        WorkOrder order = visible(id);
        return partners.list(new PartnerFilter(List.of(order.getCommunityId()), null, PartnerStatus.ACTIVE, null),
                new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).stream().map(PartnerRegistry::view).toList();
    }

    public OrderView dispatch(long id, Long version, long partnerId, String note) {
        WorkOrder order = writable(id, version);
        // A reopened order keeps its last partner but is dispatched anew, to it or another.
        WorkOrderStep step = WorkOrderStep.DISPATCH.offeredTo(Actor.COMMUNITY, order.getStatus())
                ? WorkOrderStep.DISPATCH : WorkOrderStep.REASSIGN;
        order.dispatch(step, loop.dispatchTarget(partnerId, order).getId(), Actor.COMMUNITY, note, clock.instant());
        loop.record(order, Kind.of(step), Actor.COMMUNITY, caller(), note, List.of());
        return loop.view(order, true);
    }

    /**
     * Dispatches several new orders to one partner: all of them, or none if any cannot go
     * (the transaction rolls back on the first refusal).
     */
    public int dispatchAll(List<Long> ids, long partnerId) {
        if (ids == null || ids.isEmpty() || ids.size() > PageRequest.MAX_SIZE) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.bulkSize", PageRequest.MAX_SIZE);
        }
        for (long id : ids) {
            WorkOrder order = writable(id, null);
            order.dispatch(WorkOrderStep.DISPATCH, loop.dispatchTarget(partnerId, order).getId(), Actor.COMMUNITY,
                    null, clock.instant());
            loop.record(order, Kind.DISPATCH, Actor.COMMUNITY, caller(), null, List.of());
        }
        return ids.size();
    }

    public OrderView urge(long id, Long version, String note) {
        WorkOrder order = writable(id, version);
        order.urge(Actor.COMMUNITY, note);
        loop.record(order, Kind.URGED, Actor.COMMUNITY, caller(), note, List.of());
        return loop.view(order, true);
    }

    public OrderView close(long id, Long version, CloseReason reason, String note) {
        WorkOrder order = writable(id, version);
        order.close(reason, Actor.COMMUNITY, note, clock.instant());
        loop.record(order, Kind.CLOSE, Actor.COMMUNITY, caller(), note, List.of());
        return loop.view(order, true);
    }

    /** Confirms or reopens for a resident who answered by phone; recorded as staff's step. */
    public OrderView onBehalfOfResident(long id, Long version, WorkOrderStep step, String note) {
        if (step != WorkOrderStep.CONFIRM && step != WorkOrderStep.REOPEN) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.stepNotYours");
        }
        WorkOrder order = writable(id, version);
        order.take(step, Actor.COMMUNITY, note, clock.instant());
        loop.record(order, Kind.of(step), Actor.COMMUNITY, caller(), note, List.of());
        return loop.view(order, true);
    }

    /** Staff add a note to the timeline (a call made, a visit paid); partners and residents do not read it. */
    public OrderView comment(long id, String note) {
        WorkOrder order = visible(id);
        if (note == null || note.isBlank()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.noteRequired");
        }
        if (note.strip().length() > WorkOrderStep.NOTE_MAX_LENGTH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.noteTooLong", WorkOrderStep.NOTE_MAX_LENGTH);
        }
        loop.record(order, Kind.COMMENT, Actor.COMMUNITY, caller(), note, List.of());
        return loop.view(order, true);
    }

    /** The reporter's full phone number, to call them back; every reveal is audited. */
    public String revealPhone(long id) {
        WorkOrder order = visible(id);
        String phone = orders.reporters(order.getId()).stream().filter(Reporter::isFirstReporter).findFirst()
                .map(r -> r.phone().value()).orElseThrow(() -> new NotFoundInScope("Reporter", id));
        audit.success("order.revealPhone", OrderLoop.TARGET, id, "reporter phone shown to " + caller());
        return phone;
    }

    /** The timeline for export, recorded in the audit log like any bulk read of an order. */
    public List<TimelineView> exportTimeline(long id) {
        List<TimelineView> timeline = timeline(id);
        audit.success("order.export", OrderLoop.TARGET, id, timeline.size() + " lines");
        return timeline;
    }

    /** Open orders of the same category at the same compound within 30 days: likely the same problem. */
    public List<OrderView> duplicatesOf(long id) {
        WorkOrder order = visible(id);
        if (order.getCompoundId() == null || order.getStatus().isFinished()) {
            return List.of();
        }
        return orders.openAt(order.getCategoryCode(), order.getCompoundId(),
                        clock.instant().minus(DUPLICATE_WINDOW), 20).stream()
                .filter(other -> !other.getId().equals(order.getId()))
                .map(other -> loop.view(other, true)).toList();
    }

    /** Closes the order as a duplicate of {@code survivorId}; its reporters follow the survivor. */
    public OrderView merge(long id, Long version, long survivorId, String note) {
        WorkOrder duplicate = writable(id, version);
        WorkOrder survivor = writable(survivorId, null);
        duplicate.mergeInto(survivor, Actor.COMMUNITY, note, clock.instant());
        var reporters = orders.reporters(duplicate.getId());
        loop.record(duplicate, Kind.MERGED, Actor.COMMUNITY, caller(), "#" + survivorId + " " + note, List.of());
        reporters.forEach(r -> r.follow(survivor));
        loop.record(survivor, Kind.ME_TOO, Actor.COMMUNITY, caller(), "#" + id, List.of());
        return loop.view(survivor, true);
    }

    WorkOrder visible(long id) {
        WorkOrder order = orders.find(id).orElseThrow(() -> new NotFoundInScope(OrderLoop.TARGET, id));
        scope.requireVisible(order.place().unitId(), OrderLoop.TARGET, id);
        gate.requireEnabledAt(PartnersModule.KEY, order.getCommunityId());
        return order;
    }

    private WorkOrder writable(long id, Long version) {
        WorkOrder order = visible(id);
        if (version != null) {
            OrderLoop.requireVersion(order, version);
        }
        return order;
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
