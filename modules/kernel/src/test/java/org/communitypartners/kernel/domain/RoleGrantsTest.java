package org.communitypartners.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleGrantsTest {
    private static final Set<String> ALL_ROLES = Set.copyOf(Roles.ALL);

    static List<String> allRoles() {
        return Roles.ALL;
    }

    @ParameterizedTest
    @MethodSource("allRoles")
    void systemAdministratorMayGrantAnyRole(String role) {
        assertTrue(RoleGrants.mayGrant(Set.of(Roles.SYSTEM_ADMIN), Set.of(role)));
    }

    @Test
    void systemAdministratorMayGrantAllRolesAtOnce() {
        assertTrue(RoleGrants.mayGrant(Set.of(Roles.SYSTEM_ADMIN), ALL_ROLES));
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF,
            Roles.OWNERS_COMMITTEE, Roles.NOTARY, Roles.OWNER, Roles.RESIDENT})
    void subdistrictAdministratorMayGrantEveryRoleButTheReservedOnes(String role) {
        assertTrue(RoleGrants.mayGrant(Set.of(Roles.SUBDISTRICT_ADMIN), Set.of(role)));
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.SYSTEM_ADMIN, Roles.AUDITOR})
    void subdistrictAdministratorMayNotGrantSystemAdministratorOrAuditor(String role) {
        assertFalse(RoleGrants.mayGrant(Set.of(Roles.SUBDISTRICT_ADMIN), Set.of(role)));
    }

    @Test
    void oneReservedRoleSpoilsTheWholeRequestOfASubdistrictAdministrator() {
        Set<String> requested = new HashSet<>(ALL_ROLES);
        requested.remove(Roles.SYSTEM_ADMIN);
        assertFalse(RoleGrants.mayGrant(Set.of(Roles.SUBDISTRICT_ADMIN), requested));
        requested.remove(Roles.AUDITOR);
        assertTrue(RoleGrants.mayGrant(Set.of(Roles.SUBDISTRICT_ADMIN), requested));
    }

    @Test
    void systemAdministratorRoleWinsWhenTheGrantorHoldsBoth() {
        assertTrue(RoleGrants.mayGrant(Set.of(Roles.SUBDISTRICT_ADMIN, Roles.SYSTEM_ADMIN), Set.of(Roles.AUDITOR)));
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF, Roles.OWNERS_COMMITTEE, Roles.NOTARY,
            Roles.OWNER, Roles.RESIDENT, Roles.AUDITOR})
    void anyoneElseMayGrantNothing(String grantorRole) {
        assertFalse(RoleGrants.mayGrant(Set.of(grantorRole), Set.of(Roles.RESIDENT)));
        assertFalse(RoleGrants.mayGrant(Set.of(grantorRole), Set.of(grantorRole)));
    }

    @Test
    void grantorWithoutRolesMayGrantNothing() {
        assertFalse(RoleGrants.mayGrant(Set.of(), Set.of(Roles.RESIDENT)));
    }

    @Test
    void subdistrictAdministratorCannotManageAccountsAtOrAboveTheirRank() {
        Set<String> admin = Set.of(Roles.SUBDISTRICT_ADMIN);
        assertTrue(RoleGrants.mayManage(admin, Set.of(Roles.COMMUNITY_STAFF, Roles.NOTARY)));
        assertFalse(RoleGrants.mayManage(admin, Set.of(Roles.SYSTEM_ADMIN)));
        assertFalse(RoleGrants.mayManage(admin, Set.of(Roles.AUDITOR)));
        assertFalse(RoleGrants.mayManage(admin, Set.of(Roles.SUBDISTRICT_ADMIN)), "no fellow administrator");
        assertFalse(RoleGrants.mayManage(admin, Set.of(Roles.COMMUNITY_STAFF, Roles.AUDITOR)), "one reserved role is enough");
        assertTrue(RoleGrants.mayManage(Set.of(Roles.SYSTEM_ADMIN), Set.of(Roles.SUBDISTRICT_ADMIN, Roles.AUDITOR)));
        assertFalse(RoleGrants.mayManage(Set.of(Roles.COMMUNITY_STAFF), Set.of(Roles.RESIDENT)));
    }
}
