package org.communitypartners.kernel.api;

import java.util.Optional;
import java.util.Set;

/**
 * What the WAR's authentication mechanism needs from the kernel: the roles an account has now.
 * The HTTP session keeps only the user name under {@link #SESSION_ATTRIBUTE}.
 */
public interface SignedInUser {
    String SESSION_ATTRIBUTE = "cp.signedInUser";
    /** Which password the session was signed in with (see {@link #credentialStamp}). */
    String CREDENTIAL_ATTRIBUTE = "cp.credentialStamp";
    /** The page a signed-out visitor asked for, to return to after signing in. */
    String RETURN_TO = "cp.returnTo";

    /**
     * The roles of an active account whose password is still the one the session signed in
     * with; empty when the account is gone, deactivated, or its password was changed or reset
     * since, which ends every other session of that user.
     */
    Optional<Set<String>> currentRoles(String username, String credentialStamp);

    /** A short fingerprint of the account's current password hash; it changes with the password. */
    String credentialStamp(String username);
}
