package org.communitypartners.kernel.domain;

import java.util.Set;
import org.communitypartners.kernel.api.Roles;

/**
 * Which roles an administrator may hand out. A system administrator may grant any role; a
 * subdistrict administrator any role except system administrator and auditor, because the
 * auditor checks the administrators.
 */
public final class RoleGrants {
    private static final Set<String> RESERVED_FOR_SYSTEM_ADMIN = Set.of(Roles.SYSTEM_ADMIN, Roles.AUDITOR);

    private RoleGrants() {
    }

    /**
     * Whether an administrator may change, reset or deactivate an account holding these roles:
     * only accounts whose every role they could have granted, and, below a system
     * administrator, no fellow subdistrict administrator.
     */
    public static boolean mayManage(Set<String> managerRoles, Set<String> accountRoles) {
        if (managerRoles.contains(Roles.SYSTEM_ADMIN)) {
            return true;
        }
        return mayGrant(managerRoles, accountRoles) && !accountRoles.contains(Roles.SUBDISTRICT_ADMIN);
    }

    public static boolean mayGrant(Set<String> grantorRoles, Set<String> requested) {
        if (grantorRoles.contains(Roles.SYSTEM_ADMIN)) {
            return true;
        }
        if (grantorRoles.contains(Roles.SUBDISTRICT_ADMIN)) {
            return requested.stream().noneMatch(RESERVED_FOR_SYSTEM_ADMIN::contains);
        }
        return false;
    }
}
