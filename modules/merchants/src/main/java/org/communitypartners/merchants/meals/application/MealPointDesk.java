package org.communitypartners.merchants.meals.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.meals.domain.MealPoint;
import org.communitypartners.merchants.meals.domain.MealRepository;
import org.communitypartners.merchants.meals.domain.MealRepository.PointFilter;
import org.communitypartners.merchants.meals.domain.MealSet;
import org.communitypartners.merchants.meals.domain.SetPrices;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;

/**
 * Meal points and their sets: community and subdistrict staff open a meal point for an active
 * partner serving the community, set its daily capacity and agree the sets' standard and
 * subsidised prices; the partner's staff read their own points.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class MealPointDesk {
    private static final String BUNDLE = MerchantsModule.BUNDLE;

    @Inject
    MealRepository meals;
    @Inject
    MealAccess access;
    @Inject
    PartnerLookup partners;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** A meal point as staff write it. */
    public record PointDraft(Long partnerId, Long communityId, String name, String address, String publicPhone,
                             String servingHours, Integer dailyCapacity, Boolean active) {
    }

    /** A set as staff write it: the standard price and a price per category (a category left out pays the standard price). */
    public record SetDraft(String name, String description, BigDecimal standardPrice,
                           Map<EligibilityCategory, BigDecimal> tierPrices, Boolean active) {
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public MealPointView create(PointDraft draft, Locale locale) {
        if (draft == null || draft.partnerId() == null || draft.communityId() == null) {
            throw new RuleViolation(BUNDLE, "meal.partnerAndCommunityRequired");
        }
        OrgUnitView community = community(draft.communityId());
        PartnerView partner = operator(draft.partnerId(), community);
        long subdistrict = directory.subdistrictOf(community.id()).orElseThrow().id();
        MealPoint point = meals.add(new MealPoint(partner.id(), subdistrict, community.id(), details(draft),
                access.caller(), clock.instant()));
        audit.success("meal.point.create", MealAccess.TARGET, point.getId(), point.getName() + " "
                + point.getDailyCapacity());
        return view(point, locale);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public MealPointView update(long id, long version, PointDraft draft, Locale locale) {
        MealPoint point = staffVisible(id);
        if (point.getVersion() != version) {
            throw new OptimisticLockException();
        }
        if (draft == null) {
            throw new RuleViolation(BUNDLE, "meal.nameRequired");
        }
        point.describe(details(draft), access.caller(), clock.instant());
        meals.flush();
        audit.success("meal.point.update", MealAccess.TARGET, id, point.getName() + " " + point.getDailyCapacity()
                + (point.isActive() ? "" : " inactive"));
        return view(point, locale);
    }

    public MealPointView get(long id, Locale locale) {
        return view(access.visible(id), locale);
    }

    /** The meal points the caller sees (partner staff: their partner's), optionally of one community. */
    public List<MealPointView> list(Long communityId, Locale locale) {
        PointFilter filter;
        if (access.isStaff()) {
            if (communityId != null) {
                scope.requireVisible(communityId, "OrgUnit", communityId);
            }
            filter = new PointFilter(scope.coversWholeTree() ? null : scope.visibleUnitIds(), null, communityId);
        } else {
            long own = access.ownPartner().orElseThrow(() -> new NotFoundInScope(MealAccess.TARGET, "list"));
            filter = new PointFilter(null, own, communityId);
        }
        return meals.points(filter).stream().filter(p -> gate.isEnabledAt(MerchantsModule.KEY, p.getCommunityId()))
                .map(p -> view(p, locale)).toList();
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public MealSetView addSet(long pointId, SetDraft draft, Locale locale) {
        MealPoint point = staffVisible(pointId);
        SetDraft d = draft == null ? new SetDraft(null, null, null, null, null) : draft;
        MealSet set = meals.add(new MealSet(point.getId(), d.name(), d.description(),
                new SetPrices(d.standardPrice(), d.tierPrices()), d.active() == null || d.active()));
        audit.success("meal.set.add", MealAccess.TARGET, pointId, priced(set));
        return MealSetView.of(set, locale);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public MealSetView updateSet(long pointId, long setId, long version, SetDraft draft, Locale locale) {
        staffVisible(pointId);
        MealSet set = meals.set(setId).filter(s -> s.getMealPointId() == pointId)
                .orElseThrow(() -> new NotFoundInScope("MealSet", setId));
        if (set.getVersion() != version) {
            throw new OptimisticLockException();
        }
        SetDraft d = draft == null ? new SetDraft(null, null, null, null, null) : draft;
        set.change(d.name(), d.description(), new SetPrices(d.standardPrice(), d.tierPrices()),
                d.active() == null || d.active());
        meals.flush();
        audit.success("meal.set.update", MealAccess.TARGET, pointId, priced(set));
        return MealSetView.of(set, locale);
    }

    /** Active partners that may run a meal point in the community (merchant partners: elderly-care companies, restaurants). */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public List<PartnerView> operatorChoices(long communityId) {
        scope.requireVisible(communityId, "OrgUnit", communityId);
        return partners.activeServing(communityId, PartnerKind.MERCHANT);
    }

    /** The communities the caller may open meal points in. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public List<OrgUnitView> communities() {
        return directory.searchVisible("", OrgLevel.COMMUNITY, 200);
    }

    private MealPoint staffVisible(long id) {
        if (!access.isStaff()) {
            throw new NotFoundInScope(MealAccess.TARGET, id);
        }
        return access.visible(id);
    }

    private OrgUnitView community(long communityId) {
        scope.requireVisible(communityId, "OrgUnit", communityId);
        OrgUnitView community = directory.find(communityId).filter(u -> u.level() == OrgLevel.COMMUNITY && u.active())
                .orElseThrow(() -> new RuleViolation(BUNDLE, "merchant.notACommunity"));
        gate.requireEnabledAt(MerchantsModule.KEY, communityId);
        return community;
    }

    /** An active merchant partner at home in or serving the community. */
    private PartnerView operator(long partnerId, OrgUnitView community) {
        PartnerView partner = partners.find(partnerId).orElseThrow(() -> new NotFoundInScope("Partner", partnerId));
        if (partner.kind() != PartnerKind.MERCHANT || partner.status() != PartnerStatus.ACTIVE) {
            throw new RuleViolation(BUNDLE, "merchant.partnerNotActiveMerchant", partner.name());
        }
        if (partner.homeUnitId() != community.id() && !partner.servedCommunityIds().contains(community.id())) {
            throw new RuleViolation(BUNDLE, "merchant.communityNotServed", community.name());
        }
        return partner;
    }

    private static MealPoint.Details details(PointDraft draft) {
        return new MealPoint.Details(draft.name(), draft.address(), draft.publicPhone(), draft.servingHours(),
                draft.dailyCapacity(), draft.active() == null || draft.active());
    }

    private static String priced(MealSet set) {
        return set.getName() + " " + set.getStandardPrice() + " " + set.prices().tiers();
    }

    MealPointView view(MealPoint point, Locale locale) {
        String partnerName = partners.find(point.getPartnerId()).map(PartnerView::name).orElse("");
        String communityName = directory.find(point.getCommunityId()).map(OrgUnitView::name).orElse("");
        return new MealPointView(point.getId(), point.getPartnerId(), partnerName, point.getCommunityId(), communityName,
                point.getName(), point.getAddress(), point.getPublicPhone(), point.getServingHours(),
                point.getDailyCapacity(), point.isActive(), point.getUpdatedBy(), point.getUpdatedAt(),
                meals.sets(point.getId()).stream().map(s -> MealSetView.of(s, locale)).toList(), point.getVersion());
    }
}
