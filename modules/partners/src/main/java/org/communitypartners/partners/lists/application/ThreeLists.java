package org.communitypartners.partners.lists.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.MatchOutcome;
import org.communitypartners.partners.api.NeedMatched;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.ServiceCategory;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.domain.PartnerRepository.PartnerFilter;
import org.communitypartners.partners.lists.domain.AvailabilityWindow;
import org.communitypartners.partners.lists.domain.Eligibility;
import org.communitypartners.partners.lists.domain.ListedResource;
import org.communitypartners.partners.lists.domain.ListedService;
import org.communitypartners.partners.lists.domain.ListsRepository;
import org.communitypartners.partners.lists.domain.ListsRepository.NeedFilter;
import org.communitypartners.partners.lists.domain.ListsRepository.OfferFilter;
import org.communitypartners.partners.lists.domain.ListsRepository.Within;
import org.communitypartners.partners.lists.domain.MatchRanking;
import org.communitypartners.partners.lists.domain.MatchRanking.Ranked;
import org.communitypartners.partners.lists.domain.Need;
import org.communitypartners.partners.lists.domain.NeedMatch;
import org.communitypartners.partners.lists.domain.NeedSource;
import org.communitypartners.partners.lists.domain.NeedStatus;
import org.communitypartners.partners.lists.domain.Offer;
import org.communitypartners.partners.lists.domain.OfferKind;
import org.communitypartners.partners.lists.domain.PlaceTier;
import org.communitypartners.partners.lists.domain.Placement;
import org.communitypartners.partners.lists.domain.ResourceType;
import org.communitypartners.partners.lists.domain.Urgency;

/**
 * The three lists (三项清单) and matching. Staff raise needs in their communities and compounds,
 * list what partners bring and commit to, see offers ranked for a need and confirm a match. Every
 * id is checked against the caller's subtree; writes need the partners module on at the place.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class ThreeLists {
    /** Offers read per kind for one need before ranking; a subdistrict lists far fewer of one category. */
    private static final int CANDIDATES = 500;
    private static final int SUGGESTIONS = 50;
    private static final int PARTNER_CHOICES = 200;
    private static final Set<OrgLevel> COMMUNITY_OR_COMPOUND = EnumSet.of(OrgLevel.COMMUNITY, OrgLevel.COMPOUND);
    private static final Set<OrgLevel> SUBDISTRICT_OR_BELOW = EnumSet.of(OrgLevel.SUBDISTRICT, OrgLevel.COMMUNITY,
            OrgLevel.COMPOUND);

    @Inject
    ListsRepository lists;
    @Inject
    PartnerRepository partners;
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
    @Inject
    SecurityContext security;
    @Inject
    Event<NeedMatched> matched;

    /** A need as staff record it; coordinates optional (the unit's own are used otherwise). */
    public record NewNeed(ServiceCategory category, Long unitId, String description, Urgency urgency,
                          Integer peopleAffected, NeedSource source, LocalDate neededFrom, BigDecimal latitude,
                          BigDecimal longitude) {
    }

    public record NeedView(long id, String code, ServiceCategory category, long unitId, String unitName,
                           Long communityId, String description, Urgency urgency, int peopleAffected,
                           NeedSource source, NeedStatus status, LocalDate neededFrom, String closeReason,
                           String createdBy, Instant createdAt, long version) {
    }

    /** A resource a partner brings; {@code availableTo} may be empty (no end yet). */
    public record NewResource(Long partnerId, ResourceType type, ServiceCategory category, String description,
                              BigDecimal quantity, String quantityUnit, Long unitId, LocalDate availableFrom,
                              LocalDate availableTo) {
    }

    public record ResourceView(long id, String code, long partnerId, String partnerName, ResourceType type,
                               ServiceCategory category, String description, BigDecimal quantity, String quantityUnit,
                               long unitId, String unitName, LocalDate availableFrom, LocalDate availableTo,
                               Instant createdAt) {
    }

    /** A service a partner commits to; price in yuan (0: free), {@code benefitFor}: free or discounted for. */
    public record NewService(Long partnerId, String name, ServiceCategory category, Long unitId, String schedule,
                             LocalDate availableFrom, LocalDate availableTo, Integer capacity, BigDecimal price,
                             Set<Eligibility> benefitFor, BigDecimal latitude, BigDecimal longitude) {
    }

    public record ServiceView(long id, String code, long partnerId, String partnerName, String name,
                              ServiceCategory category, long unitId, String unitName, String schedule,
                              LocalDate availableFrom, LocalDate availableTo, int capacity, BigDecimal price,
                              Set<Eligibility> benefitFor, Instant createdAt) {
    }

    /** One ranked offer for a need, with the reasons for its rank. */
    public record SuggestionView(int rank, OfferKind kind, long offerId, String code, String title, long partnerId,
                                 String partnerName, String unitName, PlaceTier tier, Long metres,
                                 boolean availableInTime, LocalDate availableFrom, LocalDate availableTo) {
    }

    /** Staff's confirmation that an offer meets a need. */
    public record Confirmation(OfferKind offerKind, Long offerId, MatchOutcome outcome, String note) {
    }

    public record MatchView(long id, long needId, OfferKind offerKind, long offerId, String offerCode, long partnerId,
                            String partnerName, MatchOutcome outcome, String note, String confirmedBy,
                            Instant confirmedAt) {
    }

    /** Open needs of one community. */
    public record GapView(long communityId, String communityName, long open, long pressing) {
    }

    /** A partner staff may record offers for. */
    public record OfferingPartner(long id, String code, String name) {
    }

    public NeedView raise(NewNeed need) {
        if (need == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "place.level");
        }
        Placement place = writablePlace(need.unitId(), COMMUNITY_OR_COMPOUND, need.latitude(), need.longitude());
        Need raised = lists.add(new Need(need.category(), place, need.description(), need.urgency(),
                need.peopleAffected(), need.source(), need.neededFrom(), caller(), clock.instant()), ShanghaiTime.ZONE);
        audit.success("need.raise", "Need", raised.getId(), raised.getCode() + " " + raised.getCategory());
        return view(raised, new Names());
    }

    public List<NeedView> needs(ServiceCategory category, NeedStatus status, Long communityId, String text,
                                PageRequest page) {
        Names names = new Names();
        return lists.needs(new NeedFilter(within(), category, status, communityId, text), page).stream()
                .map(n -> view(n, names)).toList();
    }

    public long countNeeds(ServiceCategory category, NeedStatus status, Long communityId, String text) {
        return lists.count(new NeedFilter(within(), category, status, communityId, text));
    }

    public NeedView need(long id) {
        return view(visibleNeed(id), new Names());
    }

    /** Offers of the need's category in its subdistrict (and the caller's subtree), best first. */
    public List<SuggestionView> suggestions(long needId) {
        Need need = visibleNeed(needId);
        LocalDate today = today();
        Set<PartnerStatus> offering = Offer.OFFERING_PARTNERS;
        long subdistrict = need.getPlacement().getSubdistrictId();
        List<Offer> offers = new ArrayList<>(lists.candidates(ListedService.class, need.getCategory(), subdistrict,
                within(), today, offering, CANDIDATES));
        offers.addAll(lists.candidates(ListedResource.class, need.getCategory(), subdistrict, within(), today,
                offering, CANDIDATES));
        List<Ranked<Offer>> ranked = MatchRanking.rank(need, offers, today);
        Names names = new Names();
        return IntStream.range(0, Math.min(ranked.size(), SUGGESTIONS)).mapToObj(i -> {
            Ranked<Offer> r = ranked.get(i);
            Offer o = r.offer();
            AvailabilityWindow window = o.availability();
            return new SuggestionView(i + 1, o.kind(), o.getId(), o.getCode(), title(o), o.getPartnerId(),
                    names.partner(o.getPartnerId()), names.unit(o.getPlacement().getUnitId()), r.tier(), r.metres(),
                    r.availableInTime(), window.from(), window.to());
        }).toList();
    }

    /**
     * Confirms that an offer meets the need: records the match, makes the need matched, audits it
     * and announces {@link NeedMatched} within the same transaction (a {@link MatchOutcome#WORK_ORDER}
     * match starts a work order dispatched to the offering partner).
     */
    public MatchView confirm(long needId, Confirmation confirmation) {
        Need need = visibleNeed(needId);
        if (confirmation == null || confirmation.offerKind() == null || confirmation.offerId() == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "match.offerRequired");
        }
        Offer offer = visibleOffer(confirmation.offerKind(), confirmation.offerId());
        requireOffering(partners.find(offer.getPartnerId()).orElseThrow());
        NeedMatch match = need.match(offer, confirmation.outcome(), confirmation.note(), caller(), clock.instant(),
                today());
        lists.add(match);
        audit.success("need.match", "Need", need.getId(), need.getCode() + " <- " + offer.getCode() + " "
                + match.getOutcome());
        matched.fire(new NeedMatched(match.getId(), need.getId(), need.getCode(), need.getCategory(),
                need.getPlacement().getUnitId(), need.getPlacement().getSubdistrictId(), offer.kind().name(),
                offer.getId(), offer.getPartnerId(), match.getOutcome(), match.getNote(), match.getConfirmedBy()));
        return view(match, new Names());
    }

    public List<MatchView> matches(long needId) {
        visibleNeed(needId);
        Names names = new Names();
        return lists.matches(needId).stream().map(m -> view(m, names)).toList();
    }

    /** Closes an open or matched need (met, withdrawn, duplicate), with the reason. */
    public NeedView close(long needId, long expectedVersion, String reason) {
        Need need = visibleNeed(needId);
        if (need.getVersion() != expectedVersion) {
            throw new OptimisticLockException(need);
        }
        NeedStatus before = need.getStatus();
        need.close(reason);
        lists.flush();
        audit.success("need.close", "Need", needId, before + " -> " + need.getStatus());
        return view(need, new Names());
    }

    /** Open needs per community of the caller's subtree, most first. */
    public List<GapView> gaps() {
        Names names = new Names();
        return lists.gaps(within()).stream()
                .map(g -> new GapView(g.communityId(), names.unit(g.communityId()), g.open(), g.pressing())).toList();
    }

    public ResourceView addResource(NewResource resource) {
        long partnerId = offeringPartner(resource == null ? null : resource.partnerId()).getId();
        Placement place = writablePlace(resource.unitId(), SUBDISTRICT_OR_BELOW, null, null);
        ListedResource added = lists.add(new ListedResource(partnerId, resource.type(), resource.category(),
                resource.description(), resource.quantity(), resource.quantityUnit(), place,
                new AvailabilityWindow(resource.availableFrom(), resource.availableTo()), caller(), clock.instant()),
                ShanghaiTime.ZONE);
        audit.success("resource.add", "ListedResource", added.getId(), added.getCode() + " " + added.getCategory());
        return view(added, new Names());
    }

    public List<ResourceView> resources(ServiceCategory category, Long communityId, String text, PageRequest page) {
        Names names = new Names();
        return lists.resources(new OfferFilter(within(), category, communityId, text), page).stream()
                .map(r -> view(r, names)).toList();
    }

    public long countResources(ServiceCategory category, Long communityId, String text) {
        return lists.countResources(new OfferFilter(within(), category, communityId, text));
    }

    public ServiceView addService(NewService service) {
        long partnerId = offeringPartner(service == null ? null : service.partnerId()).getId();
        Placement place = writablePlace(service.unitId(), COMMUNITY_OR_COMPOUND, service.latitude(), service.longitude());
        ListedService added = lists.add(new ListedService(partnerId, service.name(), service.category(), place,
                service.schedule(), new AvailabilityWindow(service.availableFrom(), service.availableTo()),
                service.capacity(), service.price(), service.benefitFor(), caller(), clock.instant()),
                ShanghaiTime.ZONE);
        audit.success("service.add", "ListedService", added.getId(), added.getCode() + " " + added.getName());
        return view(added, new Names());
    }

    public List<ServiceView> services(ServiceCategory category, Long communityId, String text, PageRequest page) {
        Names names = new Names();
        return lists.services(new OfferFilter(within(), category, communityId, text), page).stream()
                .map(s -> view(s, names)).toList();
    }

    public long countServices(ServiceCategory category, Long communityId, String text) {
        return lists.countServices(new OfferFilter(within(), category, communityId, text));
    }

    /** Approved and active partners the caller sees, by name: those that may list offers. */
    public List<OfferingPartner> offeringPartners() {
        List<Long> units = scope.coversWholeTree() ? null : List.copyOf(scope.visibleUnitIds());
        return Offer.OFFERING_PARTNERS.stream()
                .flatMap(status -> partners.list(new PartnerFilter(units, null, status, null),
                        new PageRequest(0, PARTNER_CHOICES, "name", true)).stream())
                .sorted(Comparator.comparing(Partner::getName))
                .map(p -> new OfferingPartner(p.getId(), p.getCode(), p.getName())).toList();
    }

    /** A need in the caller's subtree, where the module is on; otherwise not found (audited). */
    private Need visibleNeed(long id) {
        Need need = lists.findNeed(id).orElseThrow(() -> new NotFoundInScope("Need", id));
        scope.requireVisible(need.getPlacement().getUnitId(), "Need", id);
        gate.requireEnabledAt(PartnersModule.KEY, need.getPlacement().getUnitId());
        return need;
    }

    private Offer visibleOffer(OfferKind kind, long id) {
        String target = kind == OfferKind.SERVICE ? "ListedService" : "ListedResource";
        Offer offer = (kind == OfferKind.SERVICE ? lists.findService(id).map(Offer.class::cast)
                : lists.findResource(id).map(Offer.class::cast)).orElseThrow(() -> new NotFoundInScope(target, id));
        scope.requireVisible(offer.getPlacement().getUnitId(), target, id);
        return offer;
    }

    /** A partner the caller sees (registered at or serving their subtree) that may offer. */
    private Partner offeringPartner(Long partnerId) {
        if (partnerId == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "offer.partnerRequired");
        }
        Partner partner = partners.find(partnerId).orElseThrow(() -> new NotFoundInScope("Partner", partnerId));
        if (!scope.canSee(partner.getHomeUnitId()) && partner.getServedCommunityIds().stream().noneMatch(scope::canSee)) {
            scope.requireVisible(partner.getHomeUnitId(), "Partner", partnerId);
        }
        requireOffering(partner);
        return partner;
    }

    /** Refuses a partner not (or no longer) approved: its offers may not be listed or matched. */
    private static void requireOffering(Partner partner) {
        if (!Offer.OFFERING_PARTNERS.contains(partner.getStatus())) {
            throw new RuleViolation(PartnersModule.BUNDLE, "offer.partnerNotOffering", partner.getName());
        }
    }

    /** The place of a unit the caller sees, where the module is on, of an allowed level. */
    private Placement writablePlace(Long unitId, Set<OrgLevel> levels, BigDecimal latitude, BigDecimal longitude) {
        if (unitId == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "place.level");
        }
        scope.requireVisible(unitId, "OrgUnit", unitId);
        gate.requireEnabledAt(PartnersModule.KEY, unitId);
        OrgUnitView unit = directory.find(unitId).orElseThrow(() -> new NotFoundInScope("OrgUnit", unitId));
        List<OrgUnitView> line = Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).map(id -> directory.find(id).orElseThrow()).toList();
        return Placement.at(line, levels, latitude, longitude);
    }

    /** The caller's subtree as a path prefix, in their subdistrict when they are at or below one. */
    private Within within() {
        if (scope.coversWholeTree()) {
            return Within.EVERYWHERE;
        }
        Long granted = scope.grantedUnitId();
        String path = directory.find(granted).map(OrgUnitView::path)
                .orElseThrow(() -> new NotFoundInScope("OrgUnit", granted));
        return new Within(scope.subdistrictId(), path);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    private static String title(Offer offer) {
        return offer instanceof ListedService s ? s.getName() : ((ListedResource) offer).getDescription();
    }

    /** Unit and partner names for the rows of one answer, each looked up once. */
    private final class Names {
        private final Map<Long, String> units = new HashMap<>();
        private final Map<Long, String> partnerNames = new HashMap<>();

        String unit(Long id) {
            return id == null ? "" : units.computeIfAbsent(id,
                    k -> directory.find(k).map(OrgUnitView::name).orElse(""));
        }

        String partner(long id) {
            return partnerNames.computeIfAbsent(id, k -> partners.find(k).map(Partner::getName).orElse(""));
        }
    }

    private static NeedView view(Need n, Names names) {
        Placement p = n.getPlacement();
        return new NeedView(n.getId(), n.getCode(), n.getCategory(), p.getUnitId(), names.unit(p.getUnitId()),
                p.getCommunityId(), n.getDescription(), n.getUrgency(), n.getPeopleAffected(), n.getSource(),
                n.getStatus(), n.getNeededFrom(), n.getCloseReason(), n.getCreatedBy(), n.getCreatedAt(), n.getVersion());
    }

    private static ResourceView view(ListedResource r, Names names) {
        AvailabilityWindow window = r.availability();
        return new ResourceView(r.getId(), r.getCode(), r.getPartnerId(), names.partner(r.getPartnerId()), r.getType(),
                r.getCategory(), r.getDescription(), r.getQuantity(), r.getQuantityUnit(),
                r.getPlacement().getUnitId(), names.unit(r.getPlacement().getUnitId()), window.from(), window.to(),
                r.getCreatedAt());
    }

    private static ServiceView view(ListedService s, Names names) {
        AvailabilityWindow window = s.availability();
        return new ServiceView(s.getId(), s.getCode(), s.getPartnerId(), names.partner(s.getPartnerId()), s.getName(),
                s.getCategory(), s.getPlacement().getUnitId(), names.unit(s.getPlacement().getUnitId()),
                s.getSchedule(), window.from(), window.to(), s.getCapacity(), s.getPrice(), s.getBenefitFor(),
                s.getCreatedAt());
    }

    private static MatchView view(NeedMatch m, Names names) {
        return new MatchView(m.getId(), m.getNeedId(), m.getOfferKind(), m.getOfferId(), m.getOfferCode(),
                m.getPartnerId(), names.partner(m.getPartnerId()), m.getOutcome(), m.getNote(), m.getConfirmedBy(),
                m.getConfirmedAt());
    }
}
