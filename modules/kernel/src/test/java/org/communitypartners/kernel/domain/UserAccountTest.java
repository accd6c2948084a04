package org.communitypartners.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {
    private static final Set<String> STAFF = Set.of(Roles.COMMUNITY_STAFF);

    @Test
    void newAccountKeepsItsDataAndMustChangeItsOneTimePassword() {
        UserAccount account = new UserAccount("zhang.san", "  张三 ", "hash", STAFF, 3L, null);
        assertEquals("zhang.san", account.getUsername());
        assertEquals("张三", account.getDisplayName());
        assertEquals("hash", account.getPasswordHash());
        assertEquals(STAFF, account.getRoles());
        assertEquals(3L, account.getGrantedUnitId());
        assertTrue(account.isActive());
        assertTrue(account.isMustChangePassword());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0zhang", "zhang.san_01-a", "a--", "li4"})
    void usernameOfLowerCaseLettersDigitsDotsUnderscoresAndHyphensIsAccepted(String username) {
        assertEquals(username, new UserAccount(username, "张三", "hash", STAFF, 3L, null).getUsername());
    }

    @Test
    void usernameOf64CharactersIsAcceptedAnd65AreNot() {
        String max = "a".repeat(UserAccount.USERNAME_LENGTH);
        assertEquals(max, new UserAccount(max, "张三", "hash", STAFF, 3L, null).getUsername());
        assertViolation("user.usernameFormat", () -> new UserAccount(max + "a", "张三", "hash", STAFF, 3L, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "Zhang", "zhangSan", ".zhang", "_zhang", "-zhang", "zhang san", "zhang@san",
            "张三", " zhang"})
    void usernameOutsideTheFormatIsRejected(String username) {
        assertViolation("user.usernameFormat", () -> new UserAccount(username, "张三", "hash", STAFF, 3L, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void displayNameIsRequired(String displayName) {
        assertViolation("user.displayNameInvalid", () -> new UserAccount("zhang.san", displayName, "hash", STAFF, 3L, null));
    }

    @Test
    void displayNameOf100CharactersIsAcceptedAnd101AreNot() {
        String max = "张".repeat(UserAccount.DISPLAY_NAME_LENGTH);
        assertEquals(max, new UserAccount("zhang.san", " " + max + " ", "hash", STAFF, 3L, null).getDisplayName());
        assertViolation("user.displayNameInvalid", () -> new UserAccount("zhang.san", max + "张", "hash", STAFF, 3L, null));
    }

    @Test
    void atLeastOneRoleIsRequired() {
        assertViolation("user.rolesRequired", () -> new UserAccount("zhang.san", "张三", "hash", null, 3L, null));
        assertViolation("user.rolesRequired", () -> new UserAccount("zhang.san", "张三", "hash", Set.of(), 3L, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAYOR", "community_staff", "SYSTEM_ADMIN "})
    void unknownRoleIsRejected(String role) {
        assertViolation("user.unknownRole",
                () -> new UserAccount("zhang.san", "张三", "hash", Set.of(Roles.OWNER, role), 3L, null));
    }

    @Test
    void partnerIsKeptForPartnerStaff() {
        UserAccount account =
                new UserAccount("wang.wu", "王五", "hash", Set.of(Roles.PARTNER_STAFF, Roles.OWNER), 3L, 7L);
        assertEquals(7L, account.getPartnerId());
    }

    @Test
    void partnerIsDroppedForAnyoneElse() {
        UserAccount account = new UserAccount("wang.wu", "王五", "hash", Set.of(Roles.COMMUNITY_STAFF), 3L, 7L);
        assertNull(account.getPartnerId());
    }

    @Test
    void reassigningAwayFromPartnerStaffDropsThePartner() {
        UserAccount account = new UserAccount("wang.wu", "王五", "hash", Set.of(Roles.PARTNER_STAFF), 3L, 7L);
        account.assign(Set.of(Roles.RESIDENT), 4L, 7L);
        assertNull(account.getPartnerId());
        assertEquals(4L, account.getGrantedUnitId());
        assertEquals(Set.of(Roles.RESIDENT), account.getRoles());
    }

    @Test
    void onlyPartnerStaffAreBoundToAPartner() {
        UserAccount manager = new UserAccount("jinyuan.property", "物业经理", "hash", Set.of(Roles.PARTNER_STAFF), 8L, null);
        manager.bindToPartner(12L);
        assertEquals(12L, manager.getPartnerId());
        UserAccount staff = new UserAccount("zhang.san", "张三", "hash", STAFF, 3L, null);
        assertViolation("user.notPartnerStaff", () -> staff.bindToPartner(12L));
    }

    @Test
    void reservedNamesAreNotAccounts() {
        assertViolation("user.usernameFormat", () -> new UserAccount("anonymous", "匿名", "hash", STAFF, 3L, null));
        assertViolation("user.usernameFormat", () -> new UserAccount("system", "系统", "hash", STAFF, 3L, null));
    }

    @Test
    void missingRoleInTheSetIsRejectedAsUnknown() {
        Set<String> withNull = new HashSet<>(STAFF);
        withNull.add(null);
        assertViolation("user.unknownRole", () -> new UserAccount("zhang.san", "张三", "hash", withNull, 3L, null));
    }

    @Test
    void rejectedReassignmentLeavesRolesAsTheyWere() {
        UserAccount account = new UserAccount("zhang.san", "张三", "hash", STAFF, 3L, null);
        assertViolation("user.unknownRole", () -> account.assign(Set.of("MAYOR"), 4L, null));
        assertEquals(STAFF, account.getRoles());
        assertEquals(3L, account.getGrantedUnitId());
    }

    @Test
    void laterChangesToTheCallersRoleSetDoNotReachTheAccount() {
        Set<String> roles = new HashSet<>(STAFF);
        UserAccount account = new UserAccount("zhang.san", "张三", "hash", roles, 3L, null);
        roles.add(Roles.SYSTEM_ADMIN);
        assertEquals(STAFF, account.getRoles());
    }

    @Test
    void deactivatedAccountCanBeReactivated() {
        UserAccount account = new UserAccount("zhang.san", "张三", "hash", STAFF, 3L, null);
        account.deactivate();
        assertFalse(account.isActive());
        account.reactivate();
        assertTrue(account.isActive());
    }

    @Test
    void changingThePasswordEndsTheDemandToChangeIt() {
        UserAccount account = new UserAccount("zhang.san", "张三", "hash", STAFF, 3L, null);
        account.changePassword("own");
        assertFalse(account.isMustChangePassword());
        assertEquals("own", account.getPasswordHash());
    }

    private static void assertViolation(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(RuleViolation.class, action).messageKey());
    }
}
