package org.communitypartners.kernel.api;

/**
 * The append-only audit log. Every write and every reveal of sensitive data records here. A
 * success commits with the caller's transaction; a refusal or failure is kept even when the
 * caller's transaction rolls back.
 */
public interface AuditTrail {

    void record(String action, String targetType, Object targetId, AuditResult result, String detail);

    void success(String action, String targetType, Object targetId, String detail);
}
