package org.communitypartners.partners.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.PhotoUpload;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.Audience;
import org.communitypartners.partners.orders.domain.Channel;
import org.communitypartners.partners.orders.domain.DispatchRules;
import org.communitypartners.partners.orders.domain.Photo;
import org.communitypartners.partners.orders.domain.PhotoCheck;
import org.communitypartners.partners.orders.domain.Place;
import org.communitypartners.partners.orders.domain.Reporter;
import org.communitypartners.partners.orders.domain.ReporterNotice;
import org.communitypartners.partners.orders.domain.SlaClock;
import org.communitypartners.partners.orders.domain.TimelineEntry.Kind;
import org.communitypartners.partners.orders.domain.TimelineEntry;
import org.communitypartners.partners.orders.domain.WorkOrder;
import org.communitypartners.partners.orders.domain.WorkOrderCategory;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;
import org.communitypartners.partners.orders.domain.WorkOrderStep;

/**
 * What every party's desk shares: submitting, recording each step on the timeline with its
 * photos, telling the reporters, auditing, and building views. The desks check who may act on
 * which order before they call in here.
 */
@ApplicationScoped
@Transactional
public class OrderLoop {
    static final String TARGET = "WorkOrder";
    /** How residents appear on the timeline: as a party, never by name. */
    static final String RESIDENT = "resident";
    /** What residents are told about; internal steps (urging, escalation) are not theirs to read. */
    public static final Set<Kind> TOLD_TO_REPORTERS = EnumSet.of(Kind.DISPATCH, Kind.ACCEPT, Kind.START,
            Kind.RESOLVE, Kind.REOPEN, Kind.CONFIRM, Kind.CLOSE, Kind.WITHDRAW, Kind.MERGED, Kind.ME_TOO);

    @Inject
    WorkOrderRepository orders;
    @Inject
    PartnerRepository partners;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** A new order and the reporter who follows it. */
    public record Submitted(WorkOrder order, Reporter reporter) {
    }

    public List<WorkOrderCategory> categories() {
        return orders.categories().stream().filter(WorkOrderCategory::isActive).toList();
    }

    public WorkOrderCategory category(String code) {
        return orders.category(code).filter(WorkOrderCategory::isActive)
                .orElseThrow(() -> new RuleViolation(PartnersModule.BUNDLE, "order.categoryUnknown", code));
    }

    /** Checks the place against the tree: a community, and a compound in it if given. */
    public Place place(Long communityId, Long compoundId, String detail, BigDecimal latitude,
                       BigDecimal longitude) {
        OrgUnitView community = communityId == null ? null : directory.find(communityId)
                .filter(u -> u.level() == OrgLevel.COMMUNITY && u.active())
                .orElse(null);
        if (community == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.communityRequired");
        }
        if (compoundId != null && directory.find(compoundId)
                .filter(u -> u.active() && communityId.equals(u.parentId())).isEmpty()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.compoundNotInCommunity");
        }
        long subdistrict = directory.subdistrictOf(communityId).orElseThrow().id();
        return new Place(subdistrict, communityId, compoundId, detail, latitude, longitude);
    }

    public Submitted submit(String categoryCode, Place place, String description, Channel channel, String reporterName,
                            PhoneNumber phone, List<byte[]> photos, String actorName) {
        List<PhotoUpload.Checked> checked = PhotoCheck.checkAll(photos);
        WorkOrder order = open(categoryCode, place, description, channel, actorName, checked);
        Reporter reporter = orders.add(new Reporter(order, reporterName, phone, true, order.getSubmittedAt()));
        dispatchByRule(order);
        return new Submitted(order, reporter);
    }

    /** A new order on the timeline, without a resident following it (staff raised it from a need). */
    public WorkOrder open(String categoryCode, Place place, String description, Channel channel, String actorName,
                          List<PhotoUpload.Checked> photos) {
        WorkOrder order = orders.add(new WorkOrder(category(categoryCode), place, description, channel,
                clock.instant()));
        Actor actor = channel == Channel.ONLINE || channel == Channel.OPEN311 ? Actor.RESIDENT : Actor.COMMUNITY;
        record(order, Kind.SUBMITTED, actor, actorName, null, photos);
        return order;
    }

    /** Dispatches a new order when a rule names an active partner serving its community. */
    void dispatchByRule(WorkOrder order) {
        Place place = order.place();
        List<Long> units = place.compoundId() == null ? List.of(place.communityId())
                : List.of(place.communityId(), place.compoundId());
        DispatchRules.choose(orders.dispatchRules(units), order.getCategoryCode(), place)
                .flatMap(rule -> partners.find(rule.getPartnerId()))
                .filter(partner -> serves(partner, order))
                .ifPresent(partner -> {
                    order.dispatch(WorkOrderStep.DISPATCH, partner.getId(), Actor.SYSTEM, null, clock.instant());
                    record(order, Kind.DISPATCH, Actor.SYSTEM, "dispatch-rule", null, List.of());
                });
    }

    /** The partner an order may go to: active, and serving the order's community. */
    public Partner dispatchTarget(long partnerId, WorkOrder order) {
        return partners.find(partnerId).filter(partner -> serves(partner, order))
                .orElseThrow(() -> new RuleViolation(PartnersModule.BUNDLE, "order.partnerNotServing"));
    }

    private static boolean serves(Partner partner, WorkOrder order) {
        return partner.getStatus() == PartnerStatus.ACTIVE && (partner.getHomeUnitId() == order.getCommunityId()
                || partner.getServedCommunityIds().contains(order.getCommunityId()));
    }

    public static void requireVersion(WorkOrder order, Long expectedVersion) {
        if (expectedVersion == null || order.getVersion() != expectedVersion) {
            throw new OptimisticLockException(order);
        }
    }

    /** Records a step or event on the timeline with its photos, tells the reporters, audits. */
    public TimelineEntry record(WorkOrder order, Kind kind, Actor actor, String actorName, String note,
                                List<PhotoUpload.Checked> photos) {
        return record(order, new TimelineEntry(order, kind, actor, actorName, note, clock.instant()), photos);
    }

    /** Records a resident's step or note, marked as theirs among the order's followers. */
    public TimelineEntry recordByResident(WorkOrder order, Kind kind, Reporter reporter, String note) {
        return record(order, new TimelineEntry(order, kind, Actor.RESIDENT, RESIDENT, note, clock.instant())
                .by(reporter), List.of());
    }

    private TimelineEntry record(WorkOrder order, TimelineEntry line, List<PhotoUpload.Checked> photos) {
        orders.flush();
        TimelineEntry entry = orders.record(line);
        photos.forEach(photo -> orders.add(new Photo(entry, photo)));
        if (TOLD_TO_REPORTERS.contains(entry.getKind())) {
            orders.reporters(order.getId()).forEach(r -> orders.add(new ReporterNotice(r, entry.getKind(),
                    entry.getAt())));
        }
        audit.success("order." + entry.getKind().name().toLowerCase(Locale.ROOT), TARGET, order.getId(),
                order.getStatus() + (order.getPartnerId() == null ? "" : " partner " + order.getPartnerId()));
        return entry;
    }

    public OrderView view(WorkOrder o, boolean showReporter) {
        Reporter first = showReporter ? orders.reporters(o.getId()).stream().filter(Reporter::isFirstReporter)
                .findFirst().orElse(null) : null;
        return view(o, first);
    }

    /** Views of a page of orders, their first reporters read in one query. */
    public List<OrderView> views(List<WorkOrder> page, boolean showReporter) {
        Map<Long, Reporter> first = !showReporter ? Map.of() : orders.firstReporters(
                page.stream().map(WorkOrder::getId).toList()).stream()
                .collect(Collectors.toMap(Reporter::getOrderId, Function.identity(), (a, b) -> a));
        return page.stream().map(o -> view(o, first.get(o.getId()))).toList();
    }

    private OrderView view(WorkOrder o, Reporter first) {
        WorkOrderCategory category = orders.category(o.getCategoryCode()).orElseThrow();
        SlaClock.Reading clockNow = o.currentClock().read(clock.instant());
        return new OrderView(o.getId(), o.getCategoryCode(), category.getNameZh(), o.isComplaint(), o.getStatus(),
                o.getCloseReason(), o.getPartnerId(), partnerName(o.getPartnerId()), o.getCommunityId(),
                unitName(o.getCommunityId()), o.getCompoundId(), o.getCompoundId() == null ? null
                : unitName(o.getCompoundId()), o.place().detail(), o.place().latitude(), o.place().longitude(),
                o.getDescription(), o.getChannel(), o.getSubmittedAt(), o.getAcceptDueAt(), o.getResolveDueAt(),
                o.getAcceptedAt(), o.getResolvedAt(), o.getConfirmedAt(), o.getClosedAt(), clockNow.phase(),
                clockNow.minutes(), o.getEscalation(), o.getUrgeCount(), o.getMeTooCount(), o.getReopenCount(),
                o.getDuplicateOfId(), o.getRating(), o.getRatingComment(), first == null ? null : first.getName(),
                first == null ? null : first.phone().masked(), o.getVersion());
    }

    /** The timeline as this audience reads it (see {@link Audience}); {@code reader} is a resident's own id. */
    public List<TimelineView> timeline(long orderId, Audience audience, Long reader) {
        Map<Long, List<Long>> photosByEntry = orders.photos(orderId).stream().collect(Collectors.groupingBy(
                WorkOrderRepository.PhotoInfo::eventId,
                Collectors.mapping(WorkOrderRepository.PhotoInfo::id, Collectors.toList())));
        Map<Long, String> partnerNames = new HashMap<>();
        Function<Long, String> partnerName = id -> id == null ? null
                : partnerNames.computeIfAbsent(id, this::partnerName);
        return orders.timeline(orderId).stream().filter(e -> audience.reads(e, reader))
                .map(e -> new TimelineView(e.getId(), e.getKind(), e.getActor(), audience.actorName(e),
                        e.getToStatus(), partnerName.apply(e.getPartnerId()), audience.note(e.getNote()), e.getAt(),
                        photosByEntry.getOrDefault(e.getId(), List.of()))).toList();
    }

    private String partnerName(Long partnerId) {
        return partnerId == null ? null : partners.find(partnerId).map(Partner::getName).orElse(null);
    }

    private String unitName(long unitId) {
        return directory.find(unitId).map(OrgUnitView::name).orElse(null);
    }
}
