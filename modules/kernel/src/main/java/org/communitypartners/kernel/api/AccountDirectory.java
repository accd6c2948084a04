package org.communitypartners.kernel.api;

import java.util.Optional;
import java.util.Set;

/**
 * Reads accounts for modules that bind them to their own rows (an owner's account to units).
 * Not scope-filtered: check the account's granted unit against {@link CallerScope} before use.
 */
public interface AccountDirectory {

    /** An account as other modules may see it: no password, no lockout state. */
    record AccountSummary(String username, String displayName, Set<String> roles, long grantedUnitId,
                          boolean active) {
    }

    Optional<AccountSummary> find(String username);
}
