package org.communitypartners.kernel.api;

/**
 * The append-only audit log. Every write and every reveal of sensitive data records here;
 * the entry is committed even when the caller's transaction rolls back.
 */
public interface AuditTrail {

    void record(String action, String targetType, Object targetId, AuditResult result, String detail);

    default void success(String action, String targetType, Object targetId, String detail) {
        record(action, targetType, targetId, AuditResult.SUCCESS, detail);
    }
}
