package org.communitypartners.partners.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.PhoneNumber;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerStatusChanged;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.domain.Partner;
import org.communitypartners.partners.domain.PartnerAgreement;
import org.communitypartners.partners.domain.PartnerLifecycle;
import org.communitypartners.partners.domain.PartnerLogo;
import org.communitypartners.partners.domain.PartnerRepository;
import org.communitypartners.partners.domain.PartnerRepository.PartnerFilter;
import org.communitypartners.partners.domain.PartnerStatusChange;
import org.communitypartners.partners.domain.UnifiedSocialCreditCode;

/**
 * The partner registry: staff enter applications, review them and move partners through
 * their lifecycle. A partner is seen by staff of its home unit and of the communities it
 * serves; only staff of its home unit (or above) act on it.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class PartnerRegistry {
    private static final String TARGET = "Partner";

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
    PartnerStaffAccounts staffAccounts;
    @Inject
    SecurityContext security;
    @Inject
    Event<PartnerStatusChanged> statusChanged;

    /** An application as staff enter it. */
    public record Application(PartnerKind kind, String name, String creditCode, String contactName,
                              String contactPhone, Long homeUnitId, Set<Long> servedCommunityIds) {
    }

    /** One step of a partner's history. */
    public record StatusChangeView(PartnerLifecycle step, PartnerStatus from, PartnerStatus to, String reason,
                                   String takenBy, Instant takenAt) {
    }

    public PartnerView apply(Application application) {
        if (application == null || application.homeUnitId() == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "partner.homeUnitRequired");
        }
        long home = application.homeUnitId();
        scope.requireVisible(home, "OrgUnit", home);
        gate.requireEnabledAt(PartnersModule.KEY, home);
        Set<Long> served = application.servedCommunityIds() == null ? Set.of() : application.servedCommunityIds();
        for (long community : served) {
            scope.requireVisible(community, "OrgUnit", community);
            if (directory.find(community).filter(u -> u.level() == OrgLevel.COMMUNITY).isEmpty()) {
                throw new RuleViolation(PartnersModule.BUNDLE, "partner.notACommunity", community);
            }
        }
        UnifiedSocialCreditCode creditCode = application.creditCode() == null || application.creditCode().isBlank()
                ? null : new UnifiedSocialCreditCode(application.creditCode());
        if (creditCode != null && partners.findByCreditCode(creditCode.value()).isPresent()) {
            throw new RuleViolation(PartnersModule.BUNDLE, "partner.creditCodeTaken", creditCode.value());
        }
        PhoneNumber phone = new PhoneNumber(application.contactPhone());
        Partner partner = partners.add(new Partner(application.kind(), application.name(), creditCode,
                application.contactName(), phone, home, served, clock.instant()), ShanghaiTime.ZONE);
        audit.success("partner.apply", TARGET, partner.getId(), partner.getCode() + " " + partner.getName());
        return view(partner);
    }

    public List<PartnerView> list(PartnerKind kind, PartnerStatus status, String text, PageRequest page) {
        return partners.list(filter(kind, status, text), page).stream().map(PartnerRegistry::view).toList();
    }

    public long count(PartnerKind kind, PartnerStatus status, String text) {
        return partners.count(filter(kind, status, text));
    }

    public PartnerView get(long id) {
        return view(visible(id));
    }

    public List<StatusChangeView> history(long id) {
        visible(id);
        return partners.history(id).stream().map(c -> new StatusChangeView(c.getStep(), c.getFromStatus(),
                c.getToStatus(), c.getReason(), c.getTakenBy(), c.getTakenAt())).toList();
    }

    /** An agreement as screens and REST show it, with its partner. */
    public record AgreementView(long id, long partnerId, String partnerCode, String partnerName, LocalDate startsOn,
                                LocalDate endsOn, String partnerCommitments, String communityCommitments) {
    }

    /** Records a signed agreement (subdistrict administrators, for partners of their subtree). */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN})
    public AgreementView addAgreement(long partnerId, LocalDate startsOn, LocalDate endsOn, String partnerCommitments,
                                      String communityCommitments) {
        Partner partner = visible(partnerId);
        scope.requireVisible(partner.getHomeUnitId(), TARGET, partnerId);
        PartnerAgreement agreement = new PartnerAgreement(partnerId, startsOn, endsOn, partnerCommitments,
                communityCommitments, security.getCallerPrincipal().getName(), clock.instant());
        partners.add(agreement);
        audit.success("partner.agreement", TARGET, partnerId, startsOn + " .. " + endsOn);
        return view(agreement, partner);
    }

    public List<AgreementView> agreements(long partnerId) {
        Partner partner = visible(partnerId);
        return partners.agreements(partnerId).stream().map(a -> view(a, partner)).toList();
    }

    /** Agreements in force that end within {@code days} days from today (China time), in the caller's subtree. */
    public List<AgreementView> expiring(int days) {
        LocalDate today = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        return partners.agreementsEnding(today, today.plusDays(days), filter(null, null, null)).stream()
                .map(a -> view(a, partners.find(a.getPartnerId()).orElseThrow())).toList();
    }

    /** User names of the partner-staff accounts working for the partner. */
    public List<String> staff(long partnerId) {
        visible(partnerId);
        return staffAccounts.staffOf(partnerId);
    }

    /** Binds a partner-staff account to a partner of the caller's own unit or below. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN})
    public List<String> bindStaff(long partnerId, String username) {
        Partner partner = visible(partnerId);
        scope.requireVisible(partner.getHomeUnitId(), TARGET, partnerId);
        staffAccounts.bind(username, partnerId);
        return staffAccounts.staffOf(partnerId);
    }

    /** Replaces the partner's logo (staff of the partner's own unit or above). */
    public void replaceLogo(long partnerId, byte[] image) {
        Partner partner = visible(partnerId);
        scope.requireVisible(partner.getHomeUnitId(), TARGET, partnerId);
        PartnerLogo logo = partners.logo(partnerId).orElse(null);
        boolean first = logo == null;
        if (first) {
            logo = new PartnerLogo(partnerId);
        }
        logo.replace(image, security.getCallerPrincipal().getName(), clock.instant());
        if (first) {
            partners.add(logo);
        }
        audit.success("partner.logo", TARGET, partnerId, logo.getContentType() + " " + image.length + " bytes");
    }

    /** The partner's logo, if it has one and the caller sees the partner. */
    public Optional<PartnerLogo> logo(long partnerId) {
        visible(partnerId);
        return partners.logo(partnerId);
    }

    /** Takes a lifecycle step on a partner of the caller's own unit or below. */
    public PartnerView take(long id, long expectedVersion, PartnerLifecycle step, String reason) {
        Partner partner = visible(id);
        scope.requireVisible(partner.getHomeUnitId(), TARGET, id);
        if (partner.getVersion() != expectedVersion) {
            throw new OptimisticLockException(partner);
        }
        Set<String> roles = Set.copyOf(Roles.ALL.stream().filter(security::isCallerInRole).toList());
        PartnerStatus before = partner.take(step, roles, reason);
        String caller = security.getCallerPrincipal().getName();
        Instant at = clock.instant();
        partners.record(new PartnerStatusChange(id, step, before, partner.getStatus(), reason, caller, at));
        partners.flush();
        statusChanged.fire(new PartnerStatusChanged(id, partner.getKind(), before, partner.getStatus(), at));
        audit.success("partner." + step.name().toLowerCase(), TARGET, id, before + " -> " + partner.getStatus());
        return view(partner);
    }

    private Partner visible(long id) {
        Partner partner = partners.find(id).orElseThrow(() -> new NotFoundInScope(TARGET, id));
        boolean seen = scope.canSee(partner.getHomeUnitId())
                || partner.getServedCommunityIds().stream().anyMatch(scope::canSee);
        if (!seen) {
            scope.requireVisible(partner.getHomeUnitId(), TARGET, id);
        }
        gate.requireEnabledAt(PartnersModule.KEY, partner.getHomeUnitId());
        return partner;
    }

    private PartnerFilter filter(PartnerKind kind, PartnerStatus status, String text) {
        return new PartnerFilter(scope.coversWholeTree() ? null : scope.visibleUnitIds(), kind, status, text);
    }

    private static AgreementView view(PartnerAgreement a, Partner p) {
        return new AgreementView(a.getId(), p.getId(), p.getCode(), p.getName(), a.getStartsOn(), a.getEndsOn(),
                a.getPartnerCommitments(), a.getCommunityCommitments());
    }

    /** A partner as other parts of the module show it (the contact phone masked). */
    public static PartnerView view(Partner p) {
        return new PartnerView(p.getId(), p.getCode(), p.getKind(), p.getName(), p.getCreditCode(), p.getContactName(),
                p.getContactPhone().masked(), p.getHomeUnitId(), p.getServedCommunityIds(), p.getStatus(),
                p.getAppliedAt(), p.getVersion());
    }
}
