package org.communitypartners.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.communitypartners.kernel.api.Roles;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {
    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(5));

    private final UserAccount account =
            new UserAccount("zhang.san", "张三", "hash", Set.of(Roles.COMMUNITY_STAFF), 3L, null);

    @Test
    void fourFailuresDoNotLock() {
        fail(4, NOW);
        assertEquals(4, account.getFailedLogins());
        assertNull(account.getLockedUntil());
        assertFalse(account.isLocked(NOW));
    }

    @Test
    void fifthFailureLocksForFiveMinutesFromThatFailure() {
        fail(4, NOW);
        Instant fifth = NOW.plusSeconds(30);
        account.recordFailedLogin(fifth, POLICY);
        assertEquals(fifth.plus(Duration.ofMinutes(5)), account.getLockedUntil());
        assertTrue(account.isLocked(fifth));
    }

    @Test
    void lockHoldsUntilTheLastNanosecondAndEndsAtLockedUntil() {
        fail(5, NOW);
        Instant lockedUntil = NOW.plus(Duration.ofMinutes(5));
        assertTrue(account.isLocked(lockedUntil.minusNanos(1)));
        assertFalse(account.isLocked(lockedUntil));
        assertFalse(account.isLocked(lockedUntil.plusSeconds(1)));
    }

    @Test
    void newAccountIsNotLocked() {
        assertFalse(account.isLocked(NOW));
        assertEquals(0, account.getFailedLogins());
    }

    @Test
    void failureAfterTheLockExpiredStartsAFreshCount() {
        fail(5, NOW);
        Instant expired = NOW.plus(Duration.ofMinutes(5));
        account.recordFailedLogin(expired, POLICY);
        assertEquals(1, account.getFailedLogins());
        assertNull(account.getLockedUntil());
        assertFalse(account.isLocked(expired));
    }

    @Test
    void afterAnExpiredLockItTakesFiveNewFailuresToLockAgain() {
        fail(5, NOW);
        Instant later = NOW.plus(Duration.ofMinutes(10));
        fail(4, later);
        assertFalse(account.isLocked(later));
        account.recordFailedLogin(later, POLICY);
        assertEquals(later.plus(Duration.ofMinutes(5)), account.getLockedUntil());
        assertTrue(account.isLocked(later));
    }

    @Test
    void successfulSignInResetsTheCount() {
        fail(4, NOW);
        account.recordSuccessfulLogin(NOW.plusSeconds(1));
        assertEquals(0, account.getFailedLogins());
        assertEquals(NOW.plusSeconds(1), account.getLastLoginAt());

        fail(4, NOW.plusSeconds(2));
        assertFalse(account.isLocked(NOW.plusSeconds(2)));
    }

    @Test
    void unlockLiftsALockAndResetsTheCount() {
        fail(5, NOW);
        account.unlock();
        assertFalse(account.isLocked(NOW));
        assertNull(account.getLockedUntil());
        assertEquals(0, account.getFailedLogins());

        account.recordFailedLogin(NOW, POLICY);
        assertFalse(account.isLocked(NOW));
    }

    @Test
    void passwordResetUnlocksAndDemandsANewPassword() {
        account.changePassword("own");
        fail(5, NOW);
        account.resetPassword("one-time");
        assertFalse(account.isLocked(NOW));
        assertTrue(account.isMustChangePassword());
        assertEquals("one-time", account.getPasswordHash());
    }

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at, POLICY);
        }
    }
}
