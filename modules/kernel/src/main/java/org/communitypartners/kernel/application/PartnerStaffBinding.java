package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PartnerStaffAccounts;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.domain.RoleGrants;
import org.communitypartners.kernel.domain.UserAccount;
import org.communitypartners.kernel.domain.UserAccountRepository;

/**
 * Partner-staff accounts and their partner. Called by the partners module, which has already
 * checked the partner; here the account is checked: in the caller's subtree, and one the
 * caller may manage.
 */
@ApplicationScoped
public class PartnerStaffBinding implements PartnerStaffAccounts {
    private static final String TARGET = "UserAccount";

    @Inject
    UserAccountRepository accounts;
    @Inject
    CurrentCaller caller;
    @Inject
    AuditTrail audit;

    @Override
    public List<String> staffOf(long partnerId) {
        return accounts.boundToPartner(partnerId).stream().filter(a -> caller.canSee(a.getGrantedUnitId()))
                .map(UserAccount::getUsername).toList();
    }

    @Override
    @Transactional
    public void bind(String username, long partnerId) {
        UserAccount account = accounts.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new NotFoundInScope(TARGET, username));
        caller.requireVisible(account.getGrantedUnitId(), TARGET, account.getId());
        boolean administrator = caller.roles().contains(Roles.SYSTEM_ADMIN)
                || caller.roles().contains(Roles.SUBDISTRICT_ADMIN);
        if (!administrator || !RoleGrants.mayManage(caller.roles(), account.getRoles())) {
            audit.record("user.bindPartner", TARGET, account.getId(), AuditResult.DENIED, "partner " + partnerId);
            throw new NotFoundInScope(TARGET, account.getId());
        }
        account.bindToPartner(partnerId);
        audit.success("user.bindPartner", TARGET, account.getId(), "partner " + partnerId);
    }
}
