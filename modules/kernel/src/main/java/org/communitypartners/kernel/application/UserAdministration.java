package org.communitypartners.kernel.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.domain.RoleGrants;
import org.communitypartners.kernel.domain.TreePath;
import org.communitypartners.kernel.domain.UserAccount;
import org.communitypartners.kernel.domain.UserAccountRepository;
import org.communitypartners.kernel.domain.UserAccountRepository.UserFilter;

/**
 * Accounts, roles and grants, managed within the administrator's subtree: an account granted a
 * node outside it does not exist for them.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN})
public class UserAdministration {
    private static final String TARGET = "UserAccount";

    @Inject
    UserAccountRepository accounts;
    @Inject
    CurrentCaller caller;
    @Inject
    PasswordHasher hasher;
    @Inject
    KernelSettings settings;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** An account as the user screens show it; never the hash. */
    public record AccountView(long id, String username, String displayName, Set<String> roles, long grantedUnitId,
                              Long partnerId, boolean active, boolean locked, boolean mustChangePassword,
                              Instant lastLoginAt, long version) {
    }

    public List<AccountView> list(String text, String role, PageRequest page) {
        return accounts.list(filter(text, role), page).stream().map(this::view).toList();
    }

    public long count(String text, String role) {
        return accounts.count(filter(text, role));
    }

    public AccountView create(String username, String displayName, Set<String> roles, long grantedUnitId,
                              Long partnerId, String oneTimePassword) {
        String name = username == null ? null : username.strip().toLowerCase();
        if (name != null && accounts.findByUsername(name).isPresent()) {
            throw RuleViolation.kernel("user.duplicate", name);
        }
        requireGrantable(roles, grantedUnitId);
        UserAccount account = new UserAccount(name, displayName, hashOneTime(oneTimePassword, name), roles,
                grantedUnitId, partnerId);
        accounts.add(account);
        audit.success("user.create", TARGET, name, "roles " + roles + " unit " + grantedUnitId);
        return view(account);
    }

    public AccountView update(long id, long expectedVersion, String displayName, Set<String> roles, long grantedUnitId,
                              Long partnerId) {
        UserAccount account = manageable(id);
        if (account.getVersion() != expectedVersion) {
            throw new OptimisticLockException(account);
        }
        requireGrantable(roles, grantedUnitId);
        account.describe(displayName);
        account.assign(roles, grantedUnitId, partnerId);
        audit.success("user.update", TARGET, id, "roles " + roles + " unit " + grantedUnitId);
        return view(account);
    }

    public void resetPassword(long id, String oneTimePassword) {
        UserAccount account = manageable(id);
        account.resetPassword(hashOneTime(oneTimePassword, account.getUsername()));
        audit.success("user.resetPassword", TARGET, id, null);
    }

    public void unlock(long id) {
        manageable(id).unlock();
        audit.success("user.unlock", TARGET, id, null);
    }

    public void setActive(long id, boolean active) {
        UserAccount account = manageable(id);
        if (active) {
            account.reactivate();
        } else {
            account.deactivate();
        }
        audit.success(active ? "user.reactivate" : "user.deactivate", TARGET, id, null);
    }

    /** Binds a partner-staff account the caller may manage to a partner (the partners module checked the partner). */
    public void bindToPartner(String username, long partnerId) {
        long id = accounts.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .map(UserAccount::getId).orElseThrow(() -> new NotFoundInScope(TARGET, username));
        manageable(id).bindToPartner(partnerId);
        audit.success("user.bindPartner", TARGET, id, "partner " + partnerId);
    }

    private UserAccount visible(long id) {
        UserAccount account = accounts.find(id).orElseThrow(() -> new NotFoundInScope(TARGET, id));
        caller.requireVisible(account.getGrantedUnitId(), TARGET, id);
        return account;
    }

    /** An account the caller may change: in their subtree, not their own, and not above their rank. */
    private UserAccount manageable(long id) {
        UserAccount account = visible(id);
        if (account.getUsername().equals(caller.username()) || !RoleGrants.mayManage(caller.roles(), account.getRoles())) {
            audit.record("user.manage", TARGET, id, AuditResult.DENIED, "roles " + account.getRoles());
            throw RuleViolation.kernel("user.notManageable", account.getUsername());
        }
        return account;
    }

    private void requireGrantable(Set<String> roles, long grantedUnitId) {
        caller.requireVisible(grantedUnitId, "OrgUnit", grantedUnitId);
        if (roles == null || !RoleGrants.mayGrant(caller.roles(), roles)) {
            audit.record("user.grant", TARGET, null, AuditResult.DENIED, "roles " + roles);
            throw RuleViolation.kernel("user.roleNotGrantable");
        }
    }

    private String hashOneTime(String oneTimePassword, String username) {
        List<String> violations = settings.passwordPolicy().violations(oneTimePassword, username);
        if (!violations.isEmpty()) {
            throw RuleViolation.kernel(violations.get(0), settings.passwordPolicy().minLength(),
                    settings.passwordPolicy().minClasses());
        }
        return hasher.hash(oneTimePassword);
    }

    private UserFilter filter(String text, String role) {
        TreePath within = caller.subtree();
        return new UserFilter(within, text, role == null || role.isBlank() ? null : role);
    }

    private AccountView view(UserAccount a) {
        return new AccountView(a.getId() == null ? 0 : a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(),
                a.getGrantedUnitId(), a.getPartnerId(), a.isActive(),
                a.isLocked(clock.instant()),
                a.isMustChangePassword(), a.getLastLoginAt(), a.getVersion());
    }
}
