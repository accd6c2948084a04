package org.communitypartners.massorg.organisations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.organisations.domain.Organisation;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository.OrganisationFilter;
import org.communitypartners.massorg.organisations.domain.OrganisationKind;

/**
 * Who sees which organisation: a mass-organisation lead (partner staff bound to the partner) only
 * their own; other staff the organisations at home in or serving a unit of their subtree. Anything
 * else answers as missing, and the attempt is audited. Courses, volunteering and projects ask here.
 */
@ApplicationScoped
public class OrganisationAccess {
    public static final String TARGET = "MassOrganisation";

    @Inject
    OrganisationRepository organisations;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    PartnerStaffAccounts staffAccounts;
    @Inject
    AuditTrail audit;

    /** The organisation if the caller may see it (and the module is on there); else 404. */
    public Organisation visible(long id) {
        Organisation organisation = organisations.find(id).orElse(null);
        if (organisation == null || !sees(organisation)) {
            audit.record("access", TARGET, id, AuditResult.DENIED, "not in caller's scope");
            throw new NotFoundInScope(TARGET, id);
        }
        gate.requireEnabledAt(MassOrganizationsModule.KEY, organisation.getHomeUnitId());
        return organisation;
    }

    public boolean sees(Organisation organisation) {
        Optional<Long> ownPartner = staffAccounts.callerPartnerId();
        if (ownPartner.isPresent()) {
            return ownPartner.get() == organisation.getPartnerId();
        }
        return scope.canSee(organisation.getHomeUnitId())
                || organisation.getCommunityIds().stream().anyMatch(scope::canSee);
    }

    /** The list filter for the caller. */
    public OrganisationFilter filter(OrganisationKind kind, String text) {
        Optional<Long> ownPartner = staffAccounts.callerPartnerId();
        if (ownPartner.isPresent()) {
            return new OrganisationFilter(ownPartner.get(), null, kind, text);
        }
        return new OrganisationFilter(null, scope.coversWholeTree() ? null : scope.visibleUnitIds(), kind, text);
    }

    /** Whether the caller is a lead bound to one organisation's partner (they see only that one). */
    public boolean isLead() {
        return staffAccounts.callerPartnerId().isPresent();
    }
}
