package org.communitypartners.merchants.eligibility.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.eligibility.application.EligibilityViews.GrantView;
import org.communitypartners.merchants.eligibility.application.EligibilityViews.ResidentView;
import org.communitypartners.merchants.eligibility.application.EligibilityViews.RevealedGrant;
import org.communitypartners.merchants.eligibility.application.EligibilityViews.RevealedResident;
import org.communitypartners.merchants.eligibility.domain.EligibilityCategory;
import org.communitypartners.merchants.eligibility.domain.EligibilityGrant;
import org.communitypartners.merchants.eligibility.domain.EligibilityKey;
import org.communitypartners.merchants.eligibility.domain.EligibilityRepository;
import org.communitypartners.merchants.eligibility.domain.EligibilityRules;
import org.communitypartners.merchants.eligibility.domain.EligibleResident;
import org.communitypartners.merchants.eligibility.domain.ResidentIdentity;

/**
 * Community staff keep residents' eligibility for benefits: register a resident, record their
 * consent, record and revoke eligibility with evidence, reveal the protected fields for a stated
 * purpose (audited), and issue one-time codes. Nobody else sees any of it.
 */
@Stateless
@RolesAllowed({Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class EligibilityRegister {
    static final String RESIDENT = "EligibleResident";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    EligibilityRepository eligibility;
    @Inject
    BenefitCodes codes;
    @Inject
    @EligibilityKey
    FieldCipher cipher;
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

    /** A resident as community staff register them: the community, name, ID number and mobile. */
    public record ResidentDraft(Long communityId, String name, String idNumber, String mobile) {
    }

    public ResidentView register(ResidentDraft draft) {
        if (draft == null || draft.communityId() == null) {
            throw EligibilityRules.violation("eligibility.communityRequired");
        }
        long communityId = draft.communityId();
        scope.requireVisible(communityId, "OrgUnit", communityId);
        OrgUnitView community = directory.find(communityId).filter(u -> u.level() == OrgLevel.COMMUNITY)
                .orElseThrow(() -> EligibilityRules.violation("eligibility.communityRequired"));
        gate.requireEnabledAt(MerchantsModule.KEY, communityId);
        long subdistrict = directory.subdistrictOf(communityId).orElseThrow().id();
        ResidentIdentity identity = new ResidentIdentity(draft.idNumber(),
                new PhoneNumber(draft.mobile() == null ? "" : draft.mobile()));
        if (eligibility.residentByIdHash(subdistrict, cipher.lookupHash(identity.idNumber())).isPresent()) {
            throw EligibilityRules.violation("eligibility.duplicate", identity.maskedIdNumber());
        }
        EligibleResident resident = eligibility.add(new EligibleResident(subdistrict, community.id(), draft.name(),
                identity, cipher, caller(), clock.instant()));
        audit.success("eligibility.resident", RESIDENT, resident.getId(), identity.toString());
        return view(resident);
    }

    /** Records the resident's separate consent to use their eligibility for benefits, or its withdrawal. */
    public ResidentView recordConsent(long residentId, long version, boolean given) {
        EligibleResident resident = visible(residentId);
        if (resident.getVersion() != version) {
            throw new OptimisticLockException();
        }
        resident.recordConsent(given, caller(), clock.instant());
        audit.success(given ? "eligibility.consent.give" : "eligibility.consent.withdraw", RESIDENT, residentId, "");
        return view(resident);
    }

    public ResidentView addGrant(long residentId, EligibilityCategory category, String evidence, LocalDate validUntil) {
        EligibleResident resident = visible(residentId);
        EligibilityGrant grant = eligibility.add(new EligibilityGrant(residentId, category, evidence, validUntil,
                today(), cipher, caller(), clock.instant()));
        audit.success("eligibility.grant", RESIDENT, residentId, "record " + grant.getId() + " until " + validUntil);
        return view(resident);
    }

    public ResidentView revokeGrant(long residentId, long grantId) {
        EligibleResident resident = visible(residentId);
        EligibilityGrant grant = eligibility.grant(grantId).filter(g -> g.getResidentId() == residentId)
                .orElseThrow(() -> new NotFoundInScope("EligibilityGrant", grantId));
        grant.revoke(caller(), clock.instant());
        audit.success("eligibility.revoke", RESIDENT, residentId, "record " + grantId);
        return view(resident);
    }

    /** The full ID number, categories and evidence, with the purpose in the audit log first. */
    public RevealedResident reveal(long residentId, String purpose) {
        EligibleResident resident = visible(residentId);
        String stated = EligibilityRules.purpose(purpose);
        audit.success("eligibility.reveal", RESIDENT, residentId, stated);
        LocalDate today = today();
        return new RevealedResident(residentId, resident.revealIdNumber(cipher), eligibility.grants(residentId).stream()
                .map(g -> new RevealedGrant(g.getId(), g.category(cipher), g.evidence(cipher), g.getValidUntil(),
                        g.validOn(today))).toList());
    }

    /** A one-time code for the resident to show at a till. */
    public IssuedCode issueCode(long residentId) {
        return codes.issueFor(visible(residentId), caller());
    }

    public ResidentView get(long residentId) {
        return view(visible(residentId));
    }

    public List<ResidentView> list(Long communityId, String name, int first, int size) {
        return eligibility.residents(communities(communityId), name, first, size).stream().map(this::view).toList();
    }

    public long count(Long communityId, String name) {
        return eligibility.countResidents(communities(communityId), name);
    }

    /** The communities the caller may register residents in. */
    public List<OrgUnitView> communityChoices() {
        return directory.searchVisible("", OrgLevel.COMMUNITY, 200);
    }

    private Set<Long> communities(Long communityId) {
        if (communityId != null) {
            scope.requireVisible(communityId, "OrgUnit", communityId);
            return Set.of(communityId);
        }
        return scope.coversWholeTree() ? null : scope.visibleUnitIds();
    }

    private EligibleResident visible(long residentId) {
        EligibleResident resident = eligibility.resident(residentId)
                .orElseThrow(() -> new NotFoundInScope(RESIDENT, residentId));
        scope.requireVisible(resident.getCommunityId(), RESIDENT, residentId);
        gate.requireEnabledAt(MerchantsModule.KEY, resident.getCommunityId());
        return resident;
    }

    private ResidentView view(EligibleResident r) {
        LocalDate today = today();
        List<GrantView> grants = eligibility.grants(r.getId()).stream()
                .map(g -> new GrantView(g.getId(), g.getValidUntil(), g.validOn(today), g.getRevokedAt() != null,
                        g.getRecordedBy())).toList();
        return new ResidentView(r.getId(), r.getVersion(), r.getName(), r.getCommunityId(),
                directory.find(r.getCommunityId()).map(OrgUnitView::name).orElse(""), r.getIdNumberMasked(),
                r.getPhoneMasked(), r.isConsentGiven(), r.getConsentRecordedBy(), r.getConsentRecordedAt(), grants);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
