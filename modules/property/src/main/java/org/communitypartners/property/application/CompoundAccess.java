package org.communitypartners.property.application;

import jakarta.enterprise.context.Dependent;
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

/**
 * Who may reach a compound of the property module: staff of its subtree manage it, the property
 * company serving it under a contract in force reads it (and does its own work there), owners
 * granted the compound read what concerns them. Anything else answers as not found, audited.
 */
@Dependent
public class CompoundAccess {
    public static final String COMPOUND = "Compound";

    @Inject
    RegisterRepository register;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    PartnerStaffAccounts staffAccounts;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    public OrgUnitView readable(long compoundId) {
        return readable(compoundId, COMPOUND, compoundId);
    }

    /** Staff see the compounds of their subtree; partner staff only those their company serves now. */
    public OrgUnitView readable(long compoundId, String targetType, Object targetId) {
        OrgUnitView compound = existing(compoundId, targetType, targetId);
        if (isStaff()) {
            scope.requireVisible(compoundId, targetType, targetId);
        } else if (servingPartner(compoundId).isEmpty()) {
            audit.record("access", targetType, targetId, AuditResult.DENIED, "not the serving property company");
            throw new NotFoundInScope(targetType, targetId);
        }
        gate.requireEnabledAt(PropertyModule.KEY, compoundId);
        return compound;
    }

    /** Staff of the compound's subtree only. */
    public OrgUnitView writable(long compoundId) {
        return writable(compoundId, COMPOUND, compoundId);
    }

    public OrgUnitView writable(long compoundId, String targetType, Object targetId) {
        OrgUnitView compound = existing(compoundId, targetType, targetId);
        visibleToStaff(compoundId, targetType, targetId);
        gate.requireEnabledAt(PropertyModule.KEY, compoundId);
        return compound;
    }

    /** An owner granted the compound (or a unit below it). */
    public OrgUnitView ownersCompound(long compoundId, String targetType, Object targetId) {
        OrgUnitView compound = existing(compoundId, targetType, targetId);
        if (!security.isCallerInRole(Roles.OWNER)) {
            audit.record("access", targetType, targetId, AuditResult.DENIED, "not an owner");
            throw new NotFoundInScope(targetType, targetId);
        }
        scope.requireVisible(compoundId, targetType, targetId);
        gate.requireEnabledAt(PropertyModule.KEY, compoundId);
        return compound;
    }

    public void visibleToStaff(long compoundId, String targetType, Object targetId) {
        if (!isStaff()) {
            audit.record("access", targetType, targetId, AuditResult.DENIED, "partner staff do not manage the register");
            throw new NotFoundInScope(targetType, targetId);
        }
        scope.requireVisible(compoundId, targetType, targetId);
    }

    /** The caller's company when it serves the compound under a contract in force today. */
    public Optional<Long> servingPartner(long compoundId) {
        if (!security.isCallerInRole(Roles.PARTNER_STAFF)) {
            return Optional.empty();
        }
        Long company = staffAccounts.callerPartnerId().orElse(null);
        boolean serving = company != null && register.contracts(compoundId).stream()
                .anyMatch(c -> c.inForceOn(today()) && c.getPartnerId() == company);
        return serving ? Optional.of(company) : Optional.empty();
    }

    public OrgUnitView existing(long compoundId, String targetType, Object targetId) {
        return directory.find(compoundId).filter(u -> u.level() == OrgLevel.COMPOUND)
                .orElseThrow(() -> new NotFoundInScope(targetType, targetId));
    }

    public boolean isStaff() {
        return security.isCallerInRole(Roles.SYSTEM_ADMIN) || security.isCallerInRole(Roles.SUBDISTRICT_ADMIN)
                || security.isCallerInRole(Roles.COMMUNITY_STAFF);
    }

    public boolean isOwner() {
        return security.isCallerInRole(Roles.OWNER);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    }

    public String caller() {
        return security.getCallerPrincipal().getName();
    }
}
