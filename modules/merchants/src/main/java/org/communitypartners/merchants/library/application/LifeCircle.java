package org.communitypartners.merchants.library.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.communitypartners.merchants.library.domain.Circle;
import org.communitypartners.merchants.library.domain.CircleSetting;
import org.communitypartners.merchants.library.domain.EssentialNeed;
import org.communitypartners.merchants.library.domain.GeoPoint;
import org.communitypartners.merchants.library.domain.MerchantCategory;
import org.communitypartners.merchants.library.domain.MerchantProfile;
import org.communitypartners.merchants.library.domain.MerchantRepository;
import org.communitypartners.merchants.library.domain.OfferedService;
import org.communitypartners.merchants.library.domain.OpeningHours;

/**
 * The 15-minute life circle (15分钟生活圈): the merchants of a subdistrict within its walking radius
 * of a compound or a coordinate, nearest first, for residents (public, no personal data) and staff;
 * the coverage of essential needs per compound; and each subdistrict's radius.
 */
@Stateless
public class LifeCircle {
    private static final String SETTING_TARGET = "CircleSetting";
    private static final String BUNDLE = MerchantsModule.BUNDLE;

    @Inject
    MerchantRepository merchants;
    @Inject
    OrgDirectory directory;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SecurityContext security;

    /** The circle around a compound given by its 12-digit code; an unknown compound, or the module off there, is missing. */
    @PermitAll
    public CircleView publicAroundCompound(String compoundCode, MerchantCategory category, Locale locale) {
        return aroundCompound(activeByCode(compoundCode, OrgLevel.COMPOUND), category, locale);
    }

    /** The circle around a coordinate in the subdistrict given by its 12-digit code. */
    @PermitAll
    public CircleView publicAroundPoint(String subdistrictCode, GeoPoint centre, MerchantCategory category,
                                        Locale locale) {
        return aroundPoint(activeByCode(subdistrictCode, OrgLevel.SUBDISTRICT), centre, category, locale);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public CircleView aroundCompound(long compoundId, MerchantCategory category, Locale locale) {
        scope.requireVisible(compoundId, "OrgUnit", compoundId);
        OrgUnitView compound = directory.find(compoundId).filter(u -> u.level() == OrgLevel.COMPOUND)
                .orElseThrow(() -> new RuleViolation(BUNDLE, "circle.notACompound"));
        return aroundCompound(compound, category, locale);
    }

    /** Staff's circle around a coordinate, in the subdistrict given or else the caller's own. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public CircleView aroundPoint(Long subdistrictId, GeoPoint centre, MerchantCategory category, Locale locale) {
        Long id = subdistrictId == null ? scope.subdistrictId() : subdistrictId;
        if (id == null) {
            throw new RuleViolation(BUNDLE, "circle.subdistrictRequired");
        }
        scope.requireVisible(id, "OrgUnit", id);
        OrgUnitView subdistrict = directory.find(id).filter(u -> u.level() == OrgLevel.SUBDISTRICT)
                .orElseThrow(() -> new RuleViolation(BUNDLE, "circle.subdistrictRequired"));
        return aroundPoint(subdistrict, centre, category, locale);
    }

    /** For each active compound of the community, the essential needs its circle leaves unmet. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public CoverageView coverage(long communityId, Locale locale) {
        scope.requireVisible(communityId, "OrgUnit", communityId);
        gate.requireEnabledAt(MerchantsModule.KEY, communityId);
        OrgUnitView community = directory.find(communityId).filter(u -> u.level() == OrgLevel.COMMUNITY)
                .orElseThrow(() -> new RuleViolation(BUNDLE, "merchant.notACommunity"));
        long subdistrict = directory.subdistrictOf(communityId).orElseThrow().id();
        int radius = radiusOf(subdistrict);
        List<CoverageView.Compound> compounds = new ArrayList<>();
        for (OrgUnitView compound : directory.children(communityId)) {
            if (compound.level() != OrgLevel.COMPOUND || !compound.active()) {
                continue;
            }
            if (compound.latitude() == null || compound.longitude() == null) {
                compounds.add(new CoverageView.Compound(compound.id(), compound.code(), compound.name(), false, 0,
                        List.of(), List.of()));
                continue;
            }
            Circle circle = new Circle(new GeoPoint(compound.latitude(), compound.longitude()), radius);
            List<Circle.Member<MerchantProfile>> members = members(subdistrict, circle, Set.of());
            Set<MerchantCategory> present = EnumSet.noneOf(MerchantCategory.class);
            members.forEach(m -> present.add(m.place().getCategory()));
            List<EssentialNeed> gaps = EssentialNeed.gaps(present);
            compounds.add(new CoverageView.Compound(compound.id(), compound.code(), compound.name(), true,
                    members.size(), gaps, gaps.stream().map(g -> Wordings.need(g, locale)).toList()));
        }
        return new CoverageView(community.id(), community.name(), radius, compounds);
    }

    /** The subdistrict's radius in metres: its own setting, or the default 1,000 m. */
    @PermitAll
    public int radiusOf(long subdistrictId) {
        return merchants.circleSetting(subdistrictId).map(CircleSetting::getRadiusMetres)
                .orElse(Circle.DEFAULT_RADIUS_METRES);
    }

    /** The radius and the version its next change must name (0 while the subdistrict uses the default). */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public RadiusView radius(long subdistrictId) {
        scope.requireVisible(subdistrictId, "OrgUnit", subdistrictId);
        return merchants.circleSetting(subdistrictId)
                .map(s -> new RadiusView(subdistrictId, s.getRadiusMetres(), s.getChangedBy(), s.getChangedAt(),
                        s.getVersion()))
                .orElse(new RadiusView(subdistrictId, Circle.DEFAULT_RADIUS_METRES, null, null, 0));
    }

    /** A subdistrict's administrator sets its circles' radius. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN})
    public RadiusView setRadius(long subdistrictId, int radiusMetres, long version) {
        scope.requireVisible(subdistrictId, "OrgUnit", subdistrictId);
        directory.find(subdistrictId).filter(u -> u.level() == OrgLevel.SUBDISTRICT)
                .orElseThrow(() -> new RuleViolation(BUNDLE, "circle.subdistrictRequired"));
        gate.requireEnabledAt(MerchantsModule.KEY, subdistrictId);
        String by = security.getCallerPrincipal().getName();
        Optional<CircleSetting> existing = merchants.circleSetting(subdistrictId);
        if (existing.isPresent()) {
            if (existing.get().getVersion() != version) {
                throw new OptimisticLockException();
            }
            existing.get().change(radiusMetres, by, clock.instant());
        } else {
            merchants.add(new CircleSetting(subdistrictId, radiusMetres, by, clock.instant()));
        }
        audit.success("merchant.circle.radius", SETTING_TARGET, subdistrictId, radiusMetres + " m");
        return radius(subdistrictId);
    }

    /** A subdistrict's circle radius as set. */
    public record RadiusView(long subdistrictId, int radiusMetres, String changedBy, Instant changedAt,
                             long version) {
    }

    /** The active unit of the level with this code; anything else is missing, as anonymous callers may send any code. */
    private OrgUnitView activeByCode(String code, OrgLevel level) {
        return (code == null ? Optional.<OrgUnitView>empty() : directory.findByCode(code.strip()))
                .filter(u -> u.level() == level && u.active())
                .orElseThrow(() -> new NotFoundInScope("OrgUnit", code));
    }

    private CircleView aroundCompound(OrgUnitView compound, MerchantCategory category, Locale locale) {
        long subdistrict = directory.subdistrictOf(compound.id()).orElseThrow().id();
        if (!gate.isEnabledAt(MerchantsModule.KEY, subdistrict)) {
            throw new NotFoundInScope("OrgUnit", compound.code());
        }
        if (compound.latitude() == null || compound.longitude() == null) {
            throw new RuleViolation(BUNDLE, "circle.compoundNotLocated", compound.name());
        }
        GeoPoint centre = new GeoPoint(compound.latitude(), compound.longitude());
        return circle(subdistrict, compound.code(), compound.name(), centre, category, locale);
    }

    private CircleView aroundPoint(OrgUnitView subdistrict, GeoPoint centre, MerchantCategory category,
                                   Locale locale) {
        if (!gate.isEnabledAt(MerchantsModule.KEY, subdistrict.id())) {
            throw new NotFoundInScope("OrgUnit", subdistrict.code());
        }
        if (centre == null) {
            throw new RuleViolation(BUNDLE, "geo.required");
        }
        return circle(subdistrict.id(), subdistrict.code(), subdistrict.name(), centre, category, locale);
    }

    private CircleView circle(long subdistrict, String code, String name, GeoPoint centre, MerchantCategory category,
                              Locale locale) {
        Circle circle = new Circle(centre, radiusOf(subdistrict));
        List<Circle.Member<MerchantProfile>> members = members(subdistrict, circle,
                category == null ? Set.of() : Set.of(category));
        Map<Long, List<CircleView.Service>> services = new LinkedHashMap<>();
        for (OfferedService s : merchants.services(members.stream().map(m -> m.place().getId()).toList())) {
            services.computeIfAbsent(s.getProfileId(), k -> new ArrayList<>())
                    .add(new CircleView.Service(s.getName(), s.getPrice(), s.getDescription()));
        }
        OpeningHours.Wording hours = Wordings.hours(locale);
        List<CircleView.Nearby> nearby = members.stream().map(m -> {
            MerchantProfile p = m.place();
            return new CircleView.Nearby(p.getId(), p.getName(), p.getCategory(),
                    Wordings.category(p.getCategory(), locale), p.getAddress(), p.location().latitude(),
                    p.location().longitude(), Math.round(m.metres()), Circle.walkMinutes(m.metres()),
                    p.getPublicPhone(), p.hours().readable(hours), p.isCaring(),
                    List.copyOf(services.getOrDefault(p.getId(), List.of())));
        }).toList();
        return new CircleView(code, name, centre.latitude(), centre.longitude(), circle.radiusMetres(), category,
                nearby);
    }

    /** Bounding box on the indexed columns first, then the exact distance; nearest first, then by name. */
    private List<Circle.Member<MerchantProfile>> members(long subdistrict, Circle circle,
                                                         Set<MerchantCategory> categories) {
        List<MerchantProfile> candidates = new ArrayList<>(merchants.inBox(subdistrict, circle.boundingBox(), categories));
        candidates.sort(Comparator.comparing(MerchantProfile::getName));
        return circle.nearestFirst(candidates, MerchantProfile::location);
    }
}
