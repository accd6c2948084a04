package org.communitypartners.kernel.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.domain.OrgUnit;
import org.communitypartners.kernel.domain.OrgUnitRepository;
import org.communitypartners.kernel.domain.TreePath;
import org.communitypartners.kernel.domain.UserAccount;
import org.communitypartners.kernel.domain.UserAccountRepository;

/**
 * The signed-in caller of this request and the subtree they may see. Loaded once per request;
 * an anonymous caller sees nothing.
 */
@RequestScoped
public class CurrentCaller implements CallerScope {

    @Inject
    SecurityContext security;
    @Inject
    UserAccountRepository accounts;
    @Inject
    OrgUnitRepository units;
    @Inject
    AuditTrail audit;

    private Optional<UserAccount> account;
    private OrgUnit grantedUnit;
    private Set<Long> visibleIds;

    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty()
                    : accounts.findByUsername(principal.getName()).filter(UserAccount::isActive);
            grantedUnit = account.flatMap(a -> units.find(a.getGrantedUnitId())).orElse(null);
        }
        return account;
    }

    public String username() {
        return account().map(UserAccount::getUsername).orElse("anonymous");
    }

    public Set<String> roles() {
        return account().map(UserAccount::getRoles).orElse(Set.of());
    }

    public Optional<OrgUnit> grantedUnit() {
        account();
        return Optional.ofNullable(grantedUnit);
    }

    /** The caller's subtree, or a path that matches nothing for anonymous callers. */
    public TreePath subtree() {
        // Ids start at 1, so "/0/" matches no node.
        return grantedUnit().map(u -> new TreePath(u.getPath())).orElse(new TreePath("/0/"));
    }

    @Override
    public Long grantedUnitId() {
        return grantedUnit().map(OrgUnit::getId).orElse(null);
    }

    @Override
    public boolean coversWholeTree() {
        return grantedUnit().map(u -> u.getParentId() == null).orElse(false);
    }

    @Override
    public Set<Long> visibleUnitIds() {
        if (visibleIds == null) {
            visibleIds = grantedUnit().map(u -> units.subtree(new TreePath(u.getPath())).stream()
                    .map(OrgUnit::getId).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
        }
        return visibleIds;
    }

    @Override
    public boolean canSee(long unitId) {
        if (grantedUnit().isEmpty()) {
            return false;
        }
        if (visibleIds != null) {
            return visibleIds.contains(unitId);
        }
        return units.find(unitId).map(u -> subtree().contains(new TreePath(u.getPath()))).orElse(false);
    }

    @Override
    public void requireVisible(long unitId, String targetType, Object targetId) {
        if (!canSee(unitId)) {
            audit.record("access", targetType, targetId, AuditResult.DENIED, "outside the caller's scope");
            throw new NotFoundInScope(targetType, targetId);
        }
    }

    @Override
    public Long subdistrictId() {
        return grantedUnit().flatMap(OrgUnit::subdistrictId).orElse(null);
    }
}
