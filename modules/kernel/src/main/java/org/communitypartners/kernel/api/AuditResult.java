package org.communitypartners.kernel.api;

public enum AuditResult {
    SUCCESS,
    /** Refused: out of scope, wrong role, locked account, switched-off module. */
    DENIED,
    /** Attempted and failed: bad credentials, invalid input. */
    FAILED
}
