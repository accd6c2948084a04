package org.communitypartners.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.domain.AuditEntry;
import org.communitypartners.kernel.domain.AuditRepository;

/**
 * Writes the audit log. Refusals and failures go in their own transaction, so they are kept
 * although the caller's work rolls back; successes commit together with the work.
 */
@ApplicationScoped
public class AuditLog implements AuditTrail {

    @Inject
    AuditRepository entries;
    @Inject
    SecurityContext security;
    @Inject
    RequestOrigin origin;
    @Inject
    Clock clock;

    /** A success is written with the change it reports: if the change rolls back, so does its entry. */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void success(String action, String targetType, Object targetId, String detail) {
        entries.append(new AuditEntry(clock.instant(), actor(), action, targetType, targetId, AuditResult.SUCCESS,
                sourceIp(), detail));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String action, String targetType, Object targetId, AuditResult result, String detail) {
        recordAs(actor(), action, targetType, targetId, result, detail);
    }

    /** For sign-in, where the caller is not yet known to the container. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAs(String actor, String action, String targetType, Object targetId, AuditResult result,
                         String detail) {
        entries.append(new AuditEntry(clock.instant(), actor, action, targetType, targetId, result, sourceIp(), detail));
    }

    private String actor() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "anonymous" : caller.getName();
    }

    private String sourceIp() {
        try {
            return origin.sourceIp();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
