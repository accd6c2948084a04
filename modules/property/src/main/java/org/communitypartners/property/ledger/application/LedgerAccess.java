package org.communitypartners.property.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.domain.RegisterRepository;
import org.communitypartners.property.ledger.domain.LedgerParty;

/**
 * Who the signed-in caller is for a compound's ledger. Partner staff act for the property
 * company only while their company serves the compound under a contract in force; the owners'
 * committee and the notary act where their granted unit covers the compound; subdistrict and
 * community staff read. Anyone else, or a compound of another subdistrict, finds nothing (audited).
 */
@ApplicationScoped
class LedgerAccess {
    static final String COMPOUND = "Compound";

    @Inject
    SecurityContext security;
    @Inject
    CallerScope scope;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    PartnerStaffAccounts staffAccounts;
    @Inject
    RegisterRepository register;
    @Inject
    Clock clock;

    /** The caller's standing at a compound: the party they act as, or empty for a reader. */
    record Standing(OrgUnitView compound, Optional<LedgerParty> party) {
    }

    Standing at(long compoundId, String targetType, Object targetId) {
        OrgUnitView compound = directory.find(compoundId).filter(u -> u.level() == OrgLevel.COMPOUND)
                .orElseThrow(() -> new NotFoundInScope(targetType, targetId));
        Optional<LedgerParty> party = party(compoundId);
        if (party.isEmpty() && !isStaff()) {
            audit.record("access", targetType, targetId, AuditResult.DENIED, "no party to this compound's ledger");
            throw new NotFoundInScope(targetType, targetId);
        }
        if (party.isEmpty() || party.get() != LedgerParty.PROPERTY_COMPANY) {
            scope.requireVisible(compoundId, targetType, targetId);
        }
        gate.requireEnabledAt(PropertyModule.KEY, compoundId);
        return new Standing(compound, party);
    }

    private Optional<LedgerParty> party(long compoundId) {
        if (security.isCallerInRole(Roles.PARTNER_STAFF) && servedByCallersCompany(compoundId)) {
            return Optional.of(LedgerParty.PROPERTY_COMPANY);
        }
        if (security.isCallerInRole(Roles.OWNERS_COMMITTEE) && scope.canSee(compoundId)) {
            return Optional.of(LedgerParty.OWNERS_COMMITTEE);
        }
        if (security.isCallerInRole(Roles.NOTARY) && scope.canSee(compoundId)) {
            return Optional.of(LedgerParty.NOTARY);
        }
        return Optional.empty();
    }

    private boolean servedByCallersCompany(long compoundId) {
        Long company = staffAccounts.callerPartnerId().orElse(null);
        return company != null && register.contracts(compoundId).stream()
                .anyMatch(c -> c.inForceOn(today()) && c.getPartnerId() == company);
    }

    boolean isStaff() {
        return security.isCallerInRole(Roles.SYSTEM_ADMIN) || security.isCallerInRole(Roles.SUBDISTRICT_ADMIN)
                || security.isCallerInRole(Roles.COMMUNITY_STAFF);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    }

    String caller() {
        return security.getCallerPrincipal().getName();
    }
}
