package org.communitypartners.partners.orders.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.AccessCode;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.orders.domain.Actor;
import org.communitypartners.partners.orders.domain.Audience;
import org.communitypartners.partners.orders.domain.Channel;
import org.communitypartners.partners.orders.domain.Photo;
import org.communitypartners.partners.orders.domain.Reporter;
import org.communitypartners.partners.orders.domain.ReporterNotice;
import org.communitypartners.partners.orders.domain.TimelineEntry.Kind;
import org.communitypartners.partners.orders.domain.WorkOrder;
import org.communitypartners.partners.orders.domain.WorkOrderCategory;
import org.communitypartners.partners.orders.domain.WorkOrderRepository;
import org.communitypartners.partners.orders.domain.WorkOrderStep;

/**
 * The resident's side, without an account: report a problem (or join an open report of the
 * same problem), then follow, answer, confirm, reopen, withdraw and rate it with the tracking
 * code. A wrong code learns nothing; every public write is audited.
 */
@Stateless
@PermitAll
public class ResidentDesk {
    private static final List<WorkOrderStep> RESIDENT_STEPS = List.of(WorkOrderStep.CONFIRM, WorkOrderStep.REOPEN,
            WorkOrderStep.WITHDRAW);

    @Inject
    OrderLoop loop;
    @Inject
    WorkOrderRepository orders;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** A resident's report as the public page sends it. */
    public record Report(String categoryCode, Long communityId, Long compoundId, String placeDetail,
                         BigDecimal latitude, BigDecimal longitude, String description, String name, String phone,
                         List<byte[]> photos) {
    }

    /** What the resident keeps: the order number and their own tracking code. */
    public record Receipt(long orderId, String trackingCode) {
    }

    /** An open order a new report may be the same as; nothing about who reported it. */
    public record SimilarOrder(long orderId, String categoryCode, String compoundName, Instant submittedAt,
                               WorkOrderStatus status, int meTooCount) {
    }

    /** What the tracking page shows to the holder of a code. */
    public record Tracked(String trackingCode, OrderView order, List<TimelineView> timeline,
                          List<Kind> notices, List<WorkOrderStep> steps, boolean mayRate) {
    }

    public List<WorkOrderCategory> categories() {
        return loop.categories();
    }

    /** Communities of a subdistrict where the partners module is on: the places residents pick. */
    public List<OrgUnitView> communities(long subdistrictId) {
        return directory.find(subdistrictId).filter(u -> u.level() == OrgLevel.SUBDISTRICT && u.active())
                .filter(u -> gate.isEnabledAt(PartnersModule.KEY, u.id()))
                .map(u -> directory.children(u.id()).stream().filter(OrgUnitView::active).toList())
                .orElse(List.of());
    }

    public List<OrgUnitView> compounds(long communityId) {
        return directory.find(communityId).filter(u -> u.level() == OrgLevel.COMMUNITY && u.active())
                .filter(u -> gate.isEnabledAt(PartnersModule.KEY, u.id()))
                .map(u -> directory.children(u.id()).stream().filter(OrgUnitView::active).toList())
                .orElse(List.of());
    }

    /** Open orders of the category at the compound within 30 days, to offer "me too" instead. */
    public List<SimilarOrder> similar(String categoryCode, Long compoundId) {
        if (categoryCode == null || compoundId == null) {
            return List.of();
        }
        return orders.openAt(categoryCode, compoundId, clock.instant().minus(WorkOrderDesk.DUPLICATE_WINDOW), 5)
                .stream().filter(o -> gate.isEnabledAt(PartnersModule.KEY, o.getCommunityId()))
                .map(o -> {
                    OrderView view = loop.view(o, false);
                    return new SimilarOrder(o.getId(), o.getCategoryCode(), view.compoundName(), o.getSubmittedAt(),
                            o.getStatus(), o.getMeTooCount());
                }).toList();
    }

    public Receipt submit(Report report) {
        if (report == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.descriptionRequired");
        }
        PhoneNumber phone = new PhoneNumber(report.phone());
        var place = loop.place(report.communityId(), report.compoundId(), report.placeDetail(), report.latitude(),
                report.longitude());
        gate.requireEnabledAt(PartnersModule.KEY, place.communityId());
        var submitted = loop.submit(report.categoryCode(), place, report.description(), Channel.ONLINE, report.name(),
                phone, report.photos() == null ? List.of() : report.photos(), OrderLoop.RESIDENT);
        return new Receipt(submitted.order().getId(), AccessCode.display(submitted.reporter().getTrackingCode()));
    }

    /** Joins an open order as another reporter of the same problem ("me too"). */
    public Receipt meToo(long orderId, String name, String phone) {
        PhoneNumber number = new PhoneNumber(phone);
        WorkOrder order = orders.find(orderId)
                .filter(o -> !o.getStatus().isFinished() && o.getSubmittedAt()
                        .isAfter(clock.instant().minus(WorkOrderDesk.DUPLICATE_WINDOW)))
                .filter(o -> gate.isEnabledAt(PartnersModule.KEY, o.getCommunityId()))
                .orElseThrow(() -> new NotFoundInScope(OrderLoop.TARGET, orderId));
        order.meToo();
        Reporter reporter = orders.add(new Reporter(order, name, number, false, clock.instant()));
        loop.recordByResident(order, Kind.ME_TOO, reporter, null);
        return new Receipt(order.getId(), AccessCode.display(reporter.getTrackingCode()));
    }

    public Tracked track(String code) {
        Reporter reporter = reporter(code);
        WorkOrder order = orders.find(reporter.getOrderId()).orElseThrow();
        List<WorkOrderStep> steps = !reporter.isFirstReporter() ? List.of() : RESIDENT_STEPS.stream()
                .filter(s -> s.offeredTo(Actor.RESIDENT, order.getStatus())).toList();
        return new Tracked(AccessCode.display(reporter.getTrackingCode()), loop.view(order, false),
                loop.timeline(order.getId(), Audience.RESIDENT, reporter.getId()),
                orders.notices(reporter.getId()).stream().map(ReporterNotice::getKind).toList(), steps,
                reporter.isFirstReporter() && order.getStatus() == WorkOrderStatus.CONFIRMED
                        && order.getRating() == null);
    }

    /**
     * Confirms, reopens or withdraws the order the code follows. Only its first reporter decides
     * for it; residents who said "me too" follow and answer, but cannot close it for everyone.
     */
    public Tracked take(String code, WorkOrderStep step, String note) {
        Reporter reporter = deciding(code, String.valueOf(step));
        if (!RESIDENT_STEPS.contains(step)) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.stepNotYours");
        }
        WorkOrder order = orders.find(reporter.getOrderId()).orElseThrow();
        order.take(step, Actor.RESIDENT, note, clock.instant());
        loop.recordByResident(order, Kind.of(step), reporter, note);
        return track(code);
    }

    public Tracked rate(String code, int stars, String comment) {
        Reporter reporter = deciding(code, "RATE");
        WorkOrder order = orders.find(reporter.getOrderId()).orElseThrow();
        order.rate(stars, comment);
        loop.recordByResident(order, Kind.RATED, reporter, stars + "/5 " + (comment == null ? "" : comment));
        return track(code);
    }

    /** Any follower answers on the order (more detail, a question); only they and staff read it back. */
    public Tracked comment(String code, String note) {
        Reporter reporter = reporter(code);
        WorkOrder order = orders.find(reporter.getOrderId()).orElseThrow();
        if (note == null || note.isBlank()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.noteRequired");
        }
        if (note.strip().length() > WorkOrderStep.NOTE_MAX_LENGTH) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.noteTooLong", WorkOrderStep.NOTE_MAX_LENGTH);
        }
        if (order.getStatus().isFinished()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.finished");
        }
        loop.recordByResident(order, Kind.COMMENT, reporter, note);
        return track(code);
    }

    /** The order's first reporter; any other follower is refused, and the attempt audited. */
    private Reporter deciding(String code, String what) {
        Reporter reporter = reporter(code);
        if (!reporter.isFirstReporter()) {
            audit.record("order." + what.toLowerCase(Locale.ROOT), OrderLoop.TARGET, reporter.getOrderId(),
                    AuditResult.DENIED, "follower, not the first reporter");
            throw new RuleViolation(PartnersModule.BUNDLE, "track.firstReporterOnly");
        }
        return reporter;
    }

    public Photo photo(String code, long photoId) {
        Reporter reporter = reporter(code);
        return orders.photo(photoId).filter(p -> p.getOrderId() == reporter.getOrderId())
                .orElseThrow(() -> new NotFoundInScope("Photo", photoId));
    }

    private Reporter reporter(String typed) {
        Reporter reporter = AccessCode.normalise(typed).flatMap(orders::reporterByTrackingCode).orElse(null);
        if (reporter == null) {
            audit.record("order.track", OrderLoop.TARGET, "-", AuditResult.DENIED, "unknown tracking code");
            throw new NotFoundInScope("AccessCode", "-");
        }
        WorkOrder order = orders.find(reporter.getOrderId()).orElseThrow();
        if (!gate.isEnabledAt(PartnersModule.KEY, order.getCommunityId())) {
            throw new NotFoundInScope("AccessCode", "-");
        }
        return reporter;
    }
}
