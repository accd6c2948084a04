package org.communitypartners.property.commitments.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PhotoUpload;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.api.WorkOrders;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.application.CompoundAccess;
import org.communitypartners.property.commitments.application.CommitmentViews.CheckInView;
import org.communitypartners.property.commitments.application.CommitmentViews.CommitmentView;
import org.communitypartners.property.commitments.application.CommitmentViews.ItemCompliance;
import org.communitypartners.property.commitments.application.CommitmentViews.NewCommitment;
import org.communitypartners.property.commitments.application.CommitmentViews.PhotoView;
import org.communitypartners.property.commitments.application.CommitmentViews.RaisedWorkOrder;
import org.communitypartners.property.commitments.application.CommitmentViews.RatingView;
import org.communitypartners.property.commitments.domain.CheckIn;
import org.communitypartners.property.commitments.domain.CheckInPhoto;
import org.communitypartners.property.commitments.domain.CommitmentRepository;
import org.communitypartners.property.commitments.domain.Compliance;
import org.communitypartners.property.commitments.domain.RaisedOrder;
import org.communitypartners.property.commitments.domain.ServiceCommitment;
import org.communitypartners.property.commitments.domain.SpotRating;
import org.communitypartners.property.domain.Building;
import org.communitypartners.property.domain.RegisterRepository;

/**
 * Service commitments of a compound. Staff of its subtree set the items and raise work orders
 * for missed periods; the property company serving it under a contract in force checks in;
 * owners of the compound give spot ratings; all of them read the items and the compliance.
 * An id outside the caller's reach answers as not found; every write is audited.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF, Roles.OWNER})
public class ServiceCommitments {
    private static final String COMMITMENT = "ServiceCommitment";
    private static final String CHECK_IN = "CommitmentCheckIn";
    private static final int RECENT_RATINGS = 20;

    @Inject
    CommitmentRepository commitments;
    @Inject
    RegisterRepository register;
    @Inject
    CompoundAccess access;
    @Inject
    ComplianceFigures figures;
    @Inject
    AuditTrail audit;
    @Inject
    WorkOrders workOrders;
    @Inject
    Clock clock;

    public List<CommitmentView> commitments(long compoundId) {
        readable(compoundId, CompoundAccess.COMPOUND, compoundId);
        List<ServiceCommitment> items = commitments.commitments(compoundId);
        Map<Long, long[]> ratings = commitments.ratingTotals(items.stream().map(ServiceCommitment::getId).toList())
                .stream().collect(Collectors.toMap(r -> r[0], Function.identity()));
        return items.stream().map(c -> view(c, ratings.get(c.getId()))).toList();
    }

    public CommitmentView commitment(long commitmentId) {
        ServiceCommitment c = readable(commitmentId);
        return view(c, commitments.ratingTotals(List.of(commitmentId)).stream().findFirst().orElse(null));
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public CommitmentView create(long compoundId, NewCommitment item) {
        access.writable(compoundId);
        if (item == null) {
            throw violation("commitment.title.rule", ServiceCommitment.TITLE_LENGTH);
        }
        ServiceCommitment c = new ServiceCommitment(compoundId, item.title(), item.times() == null ? 0 : item.times(),
                item.frequency(), item.coverage(), item.orderCategory(),
                item.startsOn() == null ? access.today() : item.startsOn(), access.caller(), clock.instant());
        commitments.add(c);
        audit.success("property.commitment", COMMITMENT, c.getId(), c.getTitle() + " " + c.getTimes() + "/"
                + c.getFrequency() + " " + c.getCoverage());
        return view(c, null);
    }

    /** A check-in by staff of the property company serving the compound now; the photo is checked by its content. */
    @RolesAllowed(Roles.PARTNER_STAFF)
    public CheckInView checkIn(long commitmentId, Long buildingId, Instant at, String note, byte[] photo) {
        ServiceCommitment c = commitments.commitment(commitmentId)
                .orElseThrow(() -> new NotFoundInScope(COMMITMENT, commitmentId));
        access.readable(c.getCompoundId(), COMMITMENT, commitmentId);
        long partnerId = access.servingPartner(c.getCompoundId())
                .orElseThrow(() -> new NotFoundInScope(COMMITMENT, commitmentId));
        Building building = buildingId == null ? null : register.building(buildingId)
                .filter(b -> b.getCompoundId() == c.getCompoundId())
                .orElseThrow(() -> violation("checkIn.buildingRequired"));
        PhotoUpload.Checked checked = photo == null || photo.length == 0 ? null : PhotoUpload.check(photo);
        CheckIn checkIn = new CheckIn(c, building == null ? null : building.getId(), at, access.caller(), partnerId,
                note, checked != null, clock.instant());
        commitments.add(checkIn);
        if (checked != null) {
            commitments.add(new CheckInPhoto(checkIn, checked));
        }
        audit.success("property.checkIn", CHECK_IN, checkIn.getId(), "commitment " + commitmentId
                + (building == null ? "" : " building " + building.getNumber()) + (checked == null ? "" : " photo"));
        return view(checkIn, building == null ? null : building.getNumber());
    }

    public long countCheckIns(long commitmentId) {
        readable(commitmentId);
        return commitments.countCheckIns(commitmentId);
    }

    /** Newest first; owners see when and where, not who. */
    public List<CheckInView> checkIns(long commitmentId, int first, int size) {
        ServiceCommitment c = readable(commitmentId);
        Map<Long, String> numbers = register.buildings(c.getCompoundId()).stream()
                .collect(Collectors.toMap(Building::getId, Building::getNumber));
        boolean owner = access.isOwner() && !access.isStaff();
        return commitments.checkIns(commitmentId, Math.max(0, first), Math.max(1, Math.min(size, 100))).stream()
                .map(i -> view(i, numbers.get(i.getBuildingId())))
                .map(v -> owner ? new CheckInView(v.id(), v.commitmentId(), v.buildingId(), v.buildingNumber(),
                        v.checkedAt(), null, v.note(), v.hasPhoto()) : v).toList();
    }

    /** The photo of a check-in, for staff and the serving company. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
    public PhotoView photo(long checkInId) {
        CheckIn checkIn = commitments.checkIn(checkInId).orElseThrow(() -> new NotFoundInScope(CHECK_IN, checkInId));
        access.readable(checkIn.getCompoundId(), CHECK_IN, checkInId);
        CheckInPhoto photo = commitments.photo(checkInId).orElseThrow(() -> new NotFoundInScope(CHECK_IN, checkInId));
        return new PhotoView(photo.getContentType(), photo.getContent());
    }

    @RolesAllowed(Roles.OWNER)
    public RatingView rate(long commitmentId, Integer stars, String note) {
        ServiceCommitment c = commitments.commitment(commitmentId)
                .orElseThrow(() -> new NotFoundInScope(COMMITMENT, commitmentId));
        access.ownersCompound(c.getCompoundId(), COMMITMENT, commitmentId);
        SpotRating rating = new SpotRating(c, access.caller(), stars, note, clock.instant());
        commitments.add(rating);
        audit.success("property.rating", COMMITMENT, commitmentId, rating.getStars() + " stars");
        return view(rating);
    }

    public List<RatingView> ratings(long commitmentId) {
        readable(commitmentId);
        return commitments.ratings(commitmentId, RECENT_RATINGS).stream().map(ServiceCommitments::view).toList();
    }

    public List<ItemCompliance> compliance(long compoundId, YearMonth from, YearMonth to) {
        readable(compoundId, CompoundAccess.COMPOUND, compoundId);
        return figures.figures(compoundId, from, to);
    }

    /**
     * Raises a work order for a counted period that was not met, once per period, through the
     * partners module; the contact phone is the staff member's, for the order's follow-up.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public RaisedWorkOrder raiseWorkOrder(long commitmentId, LocalDate periodStarts, String contactPhone) {
        ServiceCommitment c = commitments.commitment(commitmentId)
                .orElseThrow(() -> new NotFoundInScope(COMMITMENT, commitmentId));
        OrgUnitView compound = access.writable(c.getCompoundId(), COMMITMENT, commitmentId);
        if (periodStarts == null) {
            throw violation("order.notMissed");
        }
        Compliance.Period period = figures.period(c, periodStarts);
        if (period == null || period.met()) {
            throw violation("order.notMissed");
        }
        commitments.raisedOrder(commitmentId, periodStarts).ifPresent(o -> {
            throw violation("order.alreadyRaised", o.getWorkOrderId());
        });
        Map<Long, String> numbers = register.buildings(c.getCompoundId()).stream()
                .collect(Collectors.toMap(Building::getId, Building::getNumber));
        String place = period.shortBuildings().stream().map(numbers::get).collect(Collectors.joining("、"));
        String description = format("order.description", c.getTitle(), period.startsOn(), period.endsOn(),
                period.visits(), place.isEmpty() ? compound.name() : place);
        long orderId = workOrders.raise(new WorkOrders.Request(c.getOrderCategory(), compound.parentId(),
                compound.id(), place.isEmpty() ? null : place, description, access.caller(), contactPhone));
        commitments.add(new RaisedOrder(commitmentId, periodStarts, orderId, access.caller(), clock.instant()));
        audit.success("property.commitmentOrder", COMMITMENT, commitmentId, "period " + periodStarts
                + " work order " + orderId);
        return new RaisedWorkOrder(commitmentId, periodStarts, orderId);
    }

    /** The commitment if the caller may read its compound: staff, the serving company, or its owners. */
    private ServiceCommitment readable(long commitmentId) {
        ServiceCommitment c = commitments.commitment(commitmentId)
                .orElseThrow(() -> new NotFoundInScope(COMMITMENT, commitmentId));
        readable(c.getCompoundId(), COMMITMENT, commitmentId);
        return c;
    }

    private void readable(long compoundId, String targetType, Object targetId) {
        if (access.isOwner() && !access.isStaff()) {
            access.ownersCompound(compoundId, targetType, targetId);
        } else {
            access.readable(compoundId, targetType, targetId);
        }
    }

    private static String format(String key, Object... arguments) {
        return KernelBundle.format(PropertyModule.BUNDLE, KernelBundle.CHINESE, key, arguments);
    }

    private static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }

    private static CommitmentView view(ServiceCommitment c, long[] ratings) {
        BigDecimal average = ratings == null || ratings[1] == 0 ? null
                : BigDecimal.valueOf(ratings[2]).divide(BigDecimal.valueOf(ratings[1]), 1, RoundingMode.HALF_UP);
        return new CommitmentView(c.getId(), c.getCompoundId(), c.getTitle(), c.getTimes(), c.getFrequency(),
                c.getCoverage(), c.getOrderCategory(), c.getStartsOn(), ratings == null ? 0 : ratings[1], average);
    }

    private static CheckInView view(CheckIn i, String buildingNumber) {
        return new CheckInView(i.getId(), i.getCommitmentId(), i.getBuildingId(), buildingNumber, i.getCheckedAt(),
                i.getCheckedBy(), i.getNote(), i.isHasPhoto());
    }

    private static RatingView view(SpotRating r) {
        return new RatingView(r.getId(), r.getStars(), r.getNote(), r.getRatedAt());
    }
}
