package org.communitypartners.massorg.organisations.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.organisations.application.OrganisationView.CommunityView;
import org.communitypartners.massorg.organisations.domain.Member;
import org.communitypartners.massorg.organisations.domain.Organisation;
import org.communitypartners.massorg.organisations.domain.Organisation.PartnerCopy;
import org.communitypartners.massorg.organisations.domain.OrganisationKind;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository.MemberFilter;
import org.communitypartners.massorg.organisations.domain.Rules;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;

/**
 * Staff register a mass-organisation partner as an organisation of a kind, and keep its members,
 * leaders and volunteers. Leads see and change only their own organisation.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class OrganisationDesk {
    private static final String MEMBER = "MassOrganisationMember";

    @Inject
    OrganisationRepository organisations;
    @Inject
    OrganisationAccess access;
    @Inject
    PartnerLookup partners;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SecurityContext security;

    /** Registers an active mass-organisation partner the caller sees as an organisation of the kind. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public OrganisationView register(Long partnerId, OrganisationKind kind) {
        PartnerView partner = massOrganisation(partnerId);
        gate.requireEnabledAt(MassOrganizationsModule.KEY, partner.homeUnitId());
        if (organisations.findByPartner(partner.id()).isPresent()) {
            throw Rules.violation("organisation.alreadyRegistered");
        }
        Organisation organisation = organisations.add(new Organisation(partner.id(), copy(partner), kind,
                security.getCallerPrincipal().getName(), clock.instant()));
        audit.success("organisation.register", OrganisationAccess.TARGET, organisation.getId(), organisation.getName());
        return view(organisation);
    }

    /** Changes the kind and takes the partner's current name and served communities again. */
    public OrganisationView update(long id, OrganisationKind kind, long version) {
        Organisation organisation = access.visible(id);
        requireVersion(organisation.getVersion(), version);
        partners.find(organisation.getPartnerId()).ifPresent(p -> organisation.refresh(copy(p)));
        organisation.classify(kind);
        audit.success("organisation.update", OrganisationAccess.TARGET, id, String.valueOf(kind));
        return view(organisation);
    }

    public OrganisationView get(long id) {
        return view(access.visible(id));
    }

    public List<OrganisationView> list(OrganisationKind kind, String text, PageRequest page) {
        return organisations.list(access.filter(kind, text), page).stream().map(this::view).toList();
    }

    public long count(OrganisationKind kind, String text) {
        return organisations.count(access.filter(kind, text));
    }

    /** Mass-organisation partners the caller sees that are not registered here yet. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
    public List<PartnerView> unregisteredPartners() {
        return partners.activeOfKind(PartnerKind.MASS_ORGANIZATION, null, PageRequest.MAX_SIZE).stream()
                .filter(p -> organisations.findByPartner(p.id()).isEmpty()).toList();
    }

    public MemberView addMember(long organisationId, Member.Details details) {
        access.visible(organisationId);
        Member member = organisations.add(new Member(organisationId, requireDetails(details)));
        audit.success("member.add", MEMBER, member.getId(), member.phoneNumber().masked());
        return MemberView.of(member);
    }

    public MemberView updateMember(long organisationId, long memberId, Member.Details details, long version) {
        Member member = member(organisationId, memberId);
        requireVersion(member.getVersion(), version);
        Member.Details checked = requireDetails(details);
        organisations.requirePhoneFree(organisationId, Rules.requirePhone(checked.phone()), memberId);
        member.change(checked);
        audit.success("member.update", MEMBER, memberId, member.phoneNumber().masked());
        return MemberView.of(member);
    }

    public List<MemberView> members(long organisationId, MemberFilter filter, PageRequest page) {
        access.visible(organisationId);
        return organisations.members(organisationId, filter, page).stream().map(MemberView::of).toList();
    }

    public long countMembers(long organisationId, MemberFilter filter) {
        access.visible(organisationId);
        return organisations.countMembers(organisationId, filter);
    }

    /** The member of a visible organisation; another organisation's member id answers as missing. */
    public Member member(long organisationId, long memberId) {
        access.visible(organisationId);
        return organisations.member(memberId).filter(m -> m.getOrganisationId() == organisationId)
                .orElseThrow(() -> new NotFoundInScope(MEMBER, memberId));
    }

    private PartnerView massOrganisation(Long partnerId) {
        if (partnerId == null) {
            throw Rules.violation("organisation.partnerRequired");
        }
        return partners.find(partnerId)
                .filter(p -> p.kind() == PartnerKind.MASS_ORGANIZATION && p.status() == PartnerStatus.ACTIVE)
                .orElseThrow(() -> Rules.violation("organisation.partnerInvalid", partnerId));
    }

    private PartnerCopy copy(PartnerView partner) {
        long subdistrict = directory.subdistrictOf(partner.homeUnitId()).map(OrgUnitView::id)
                .orElseThrow(() -> Rules.violation("organisation.partnerInvalid", partner.id()));
        Set<Long> communities = new HashSet<>(partner.servedCommunityIds());
        return new PartnerCopy(partner.name(), subdistrict, partner.homeUnitId(), communities);
    }

    private static Member.Details requireDetails(Member.Details details) {
        if (details == null) {
            throw Rules.violation("member.nameRequired", Rules.NAME_LENGTH);
        }
        return details;
    }

    private static void requireVersion(long current, long sent) {
        if (current != sent) {
            throw new OptimisticLockException();
        }
    }

    private OrganisationView view(Organisation organisation) {
        List<CommunityView> communities = organisation.getCommunityIds().stream()
                .map(id -> new CommunityView(id, directory.find(id).map(OrgUnitView::name).orElse("")))
                .sorted(Comparator.comparing(CommunityView::name)).toList();
        return OrganisationView.of(organisation, communities);
    }
}
