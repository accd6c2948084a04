package org.communitypartners.kernel.domain;

import java.time.Duration;

/** After {@code maxFailures} failed sign-ins in a row an account is locked for {@code lockFor}. */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

    public LockoutPolicy {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("bad lockout policy " + maxFailures + "/" + lockFor);
        }
    }

    public boolean locksAt(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }
}
