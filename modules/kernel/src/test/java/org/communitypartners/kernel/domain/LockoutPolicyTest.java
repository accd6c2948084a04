package org.communitypartners.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    @Test
    void locksAtTheLimitAndBeyondButNotBefore() {
        LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(5));
        assertFalse(policy.locksAt(4));
        assertTrue(policy.locksAt(5));
        assertTrue(policy.locksAt(6));
    }

    @Test
    void policyNeedsAtLeastOneFailureAndAPositiveLockTime() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(5)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ofMinutes(-1)));
    }
}
