package org.communitypartners.kernel.api;

import java.util.Optional;
import java.util.Set;

/**
 * What the WAR's authentication mechanism needs from the kernel: the roles an account has now.
 * The HTTP session keeps only the user name under {@link #SESSION_ATTRIBUTE}.
 */
public interface SignedInUser {
    String SESSION_ATTRIBUTE = "cp.signedInUser";
    /** The page a signed-out visitor asked for, to return to after signing in. */
    String RETURN_TO = "cp.returnTo";

    /** The roles of an active account; empty when the account is gone or deactivated. */
    Optional<Set<String>> currentRoles(String username);
}
