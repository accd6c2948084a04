package org.communitypartners.merchants.library.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.library.domain.GeoPoint;
import org.communitypartners.merchants.library.domain.MerchantCategory;
import org.communitypartners.merchants.library.domain.MerchantProfile;
import org.communitypartners.merchants.library.domain.MerchantRepository;
import org.communitypartners.merchants.library.domain.MerchantRepository.ProfileFilter;
import org.communitypartners.merchants.library.domain.OfferedService;
import org.communitypartners.merchants.library.domain.OpeningHours;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;

/**
 * The merchant library: community and subdistrict staff keep the profiles of the merchant partners
 * of their communities; a merchant's own partner staff keep its profile and services (never the
 * caring mark). Anything outside the caller's part of the tree answers as missing.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class MerchantLibrary {
    static final String TARGET = "MerchantProfile";
    private static final String BUNDLE = MerchantsModule.BUNDLE;

    @Inject
    MerchantRepository merchants;
    @Inject
    PartnerLookup partners;
    @Inject
    PartnerStaffAccounts staffAccounts;
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

    /**
     * A profile as written; {@code communityId} may be left out for the partner's home community.
     * Opening hours per weekday name ("MONDAY": "08:00-12:00,14:00-18:00"); a missing day is closed.
     */
    public record Draft(Long partnerId, Long communityId, MerchantCategory category, String address,
                        BigDecimal latitude, BigDecimal longitude, String publicPhone,
                        Map<String, String> openingHours) {
    }

    /** A service as written: name, normal price in yuan (0 is free), description. */
    public record ServiceDraft(String name, BigDecimal price, String description) {
    }

    public MerchantView create(Draft draft, Locale locale) {
        if (draft == null || draft.partnerId() == null) {
            throw new RuleViolation(BUNDLE, "merchant.partnerRequired");
        }
        PartnerView partner = merchantPartner(draft.partnerId());
        if (merchants.findByPartner(partner.id()).isPresent()) {
            throw new RuleViolation(BUNDLE, "merchant.duplicate", partner.name());
        }
        OrgUnitView community = community(partner, draft.communityId());
        long subdistrict = directory.subdistrictOf(community.id()).orElseThrow().id();
        MerchantProfile profile = merchants.add(new MerchantProfile(partner.id(), subdistrict,
                details(draft, partner, community), caller(), clock.instant()));
        audit.success("merchant.create", TARGET, profile.getId(), profile.getName());
        return view(profile, locale);
    }

    public MerchantView update(long id, long version, Draft draft, Locale locale) {
        MerchantProfile profile = writable(id, version);
        if (draft == null) {
            throw new RuleViolation(BUNDLE, "merchant.categoryRequired");
        }
        PartnerView partner = merchantPartner(profile.getPartnerId());
        OrgUnitView community = community(partner, draft.communityId() == null ? profile.getCommunityId()
                : draft.communityId());
        if (directory.subdistrictOf(community.id()).orElseThrow().id() != profile.getSubdistrictId()) {
            throw new RuleViolation(BUNDLE, "merchant.communityNotServed", community.name());
        }
        profile.describe(details(draft, partner, community), caller(), clock.instant());
        audit.success("merchant.update", TARGET, id, profile.getName());
        return view(profile, locale);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public MerchantView markCaring(long id, long version, Locale locale) {
        MerchantProfile profile = writable(id, version);
        profile.markCaring(caller(), clock.instant());
        audit.success("merchant.caring.mark", TARGET, id, profile.getName());
        return view(profile, locale);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public MerchantView withdrawCaring(long id, long version, String reason, Locale locale) {
        MerchantProfile profile = writable(id, version);
        profile.withdrawCaring(reason, caller(), clock.instant());
        audit.success("merchant.caring.withdraw", TARGET, id, profile.getCaringWithdrawalReason());
        return view(profile, locale);
    }

    public MerchantView get(long id, Locale locale) {
        return view(visible(id), locale);
    }

    public List<MerchantView> list(Long communityId, MerchantCategory category, Boolean caring, String text,
                                   PageRequest page, Locale locale) {
        return merchants.list(filter(communityId, category, caring, text), page).stream()
                .map(m -> view(m, locale)).toList();
    }

    public long count(Long communityId, MerchantCategory category, Boolean caring, String text) {
        return merchants.count(filter(communityId, category, caring, text));
    }

    public MerchantView.ServiceView addService(long profileId, ServiceDraft draft) {
        MerchantProfile profile = visible(profileId);
        ServiceDraft d = draft == null ? new ServiceDraft(null, null, null) : draft;
        OfferedService service = merchants.add(new OfferedService(profile.getId(), d.name(), d.price(),
                d.description()));
        audit.success("merchant.service.add", TARGET, profileId, service.getName() + " " + service.getPrice());
        return MerchantView.ServiceView.of(service);
    }

    public MerchantView.ServiceView updateService(long profileId, long serviceId, long version, ServiceDraft draft) {
        OfferedService service = serviceOf(profileId, serviceId);
        if (service.getVersion() != version) {
            throw new OptimisticLockException();
        }
        ServiceDraft d = draft == null ? new ServiceDraft(null, null, null) : draft;
        service.change(d.name(), d.price(), d.description());
        audit.success("merchant.service.update", TARGET, profileId, service.getName() + " " + service.getPrice());
        return MerchantView.ServiceView.of(service);
    }

    public void removeService(long profileId, long serviceId) {
        OfferedService service = serviceOf(profileId, serviceId);
        merchants.remove(service);
        audit.success("merchant.service.remove", TARGET, profileId, service.getName());
    }

    /** Active merchant partners the caller may give a profile to (a merchant's staff: its own partner). */
    public List<PartnerView> partnerChoices(String text) {
        Optional<Long> own = ownPartner();
        if (own.isPresent()) {
            return partners.find(own.get()).filter(MerchantLibrary::activeMerchant).stream().toList();
        }
        return partners.activeOfKind(PartnerKind.MERCHANT, text, 50);
    }

    /** The communities the caller may file profiles under. */
    public List<OrgUnitView> communities() {
        return directory.searchVisible("", OrgLevel.COMMUNITY, 200);
    }

    /** Whether the caller keeps one merchant's profile only (partner staff), so the caring mark is not theirs to give. */
    public boolean callerIsMerchantStaff() {
        return ownPartner().isPresent();
    }

    private MerchantProfile.Details details(Draft draft, PartnerView partner, OrgUnitView community) {
        return new MerchantProfile.Details(community.id(), partner.name(), draft.category(), draft.address(),
                new GeoPoint(draft.latitude(), draft.longitude()), draft.publicPhone(),
                OpeningHours.ofNamed(draft.openingHours()));
    }

    /** An active merchant partner the caller sees (its own, for partner staff); anything else is missing. */
    private PartnerView merchantPartner(long partnerId) {
        if (!isStaff() && ownPartner().filter(p -> p == partnerId).isEmpty()) {
            throw new NotFoundInScope("Partner", partnerId);
        }
        PartnerView partner = partners.find(partnerId).orElseThrow(() -> new NotFoundInScope("Partner", partnerId));
        if (!activeMerchant(partner)) {
            throw new RuleViolation(BUNDLE, "merchant.partnerNotActiveMerchant", partner.name());
        }
        return partner;
    }

    private static boolean activeMerchant(PartnerView partner) {
        return partner.kind() == PartnerKind.MERCHANT && partner.status() == PartnerStatus.ACTIVE;
    }

    /** The community of the shop: one the partner is at home in or serves, visible to staff callers. */
    private OrgUnitView community(PartnerView partner, Long requested) {
        Long id = requested;
        if (id == null) {
            id = directory.find(partner.homeUnitId()).filter(u -> u.level() == OrgLevel.COMMUNITY).map(OrgUnitView::id)
                    .orElse(partner.servedCommunityIds().stream().sorted().findFirst().orElse(null));
        }
        if (id == null) {
            throw new RuleViolation(BUNDLE, "merchant.communityRequired");
        }
        long communityId = id;
        if (isStaff()) {
            scope.requireVisible(communityId, "OrgUnit", communityId);
        }
        OrgUnitView community = directory.find(communityId).filter(u -> u.level() == OrgLevel.COMMUNITY && u.active())
                .orElseThrow(() -> new RuleViolation(BUNDLE, "merchant.notACommunity"));
        if (partner.homeUnitId() != communityId && !partner.servedCommunityIds().contains(communityId)) {
            throw new RuleViolation(BUNDLE, "merchant.communityNotServed", community.name());
        }
        gate.requireEnabledAt(MerchantsModule.KEY, communityId);
        return community;
    }

    private MerchantProfile writable(long id, long version) {
        MerchantProfile profile = visible(id);
        if (profile.getVersion() != version) {
            throw new OptimisticLockException();
        }
        return profile;
    }

    /** The profile if the caller keeps it: staff within their subtree, partner staff their own merchant's. */
    MerchantProfile visible(long id) {
        MerchantProfile profile = merchants.find(id).orElseThrow(() -> new NotFoundInScope(TARGET, id));
        boolean own = ownPartner().filter(p -> p == profile.getPartnerId()).isPresent();
        if (!own) {
            if (!isStaff()) {
                throw new NotFoundInScope(TARGET, id);
            }
            scope.requireVisible(profile.getCommunityId(), TARGET, id);
        }
        gate.requireEnabledAt(MerchantsModule.KEY, profile.getCommunityId());
        return profile;
    }

    private OfferedService serviceOf(long profileId, long serviceId) {
        visible(profileId);
        return merchants.service(serviceId).filter(s -> s.getProfileId() == profileId)
                .orElseThrow(() -> new NotFoundInScope("MerchantService", serviceId));
    }

    private ProfileFilter filter(Long communityId, MerchantCategory category, Boolean caring, String text) {
        if (!isStaff()) {
            long own = ownPartner().orElseThrow(() -> new NotFoundInScope(TARGET, "list"));
            return new ProfileFilter(null, own, communityId, category, caring, text);
        }
        if (communityId != null) {
            scope.requireVisible(communityId, "OrgUnit", communityId);
        }
        return new ProfileFilter(scope.coversWholeTree() ? null : scope.visibleUnitIds(), null, communityId, category,
                caring, text);
    }

    private boolean isStaff() {
        return security.isCallerInRole(Roles.SYSTEM_ADMIN) || security.isCallerInRole(Roles.SUBDISTRICT_ADMIN)
                || security.isCallerInRole(Roles.COMMUNITY_STAFF);
    }

    private Optional<Long> ownPartner() {
        return security.isCallerInRole(Roles.PARTNER_STAFF) ? staffAccounts.callerPartnerId() : Optional.empty();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    private MerchantView view(MerchantProfile profile, Locale locale) {
        return MerchantView.of(profile, directory.find(profile.getCommunityId()).map(OrgUnitView::name).orElse(""),
                merchants.services(profile.getId()), locale);
    }
}
