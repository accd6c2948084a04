package org.communitypartners.kernel.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.domain.AuditEntry;
import org.communitypartners.kernel.domain.AuditRepository;
import org.communitypartners.kernel.domain.AuditRepository.AuditFilter;

/** Writes the audit log in its own transaction, so refusals and failures are kept too. */
@Stateless
@LocalBean
@Local(AuditTrail.class)
public class AuditService implements AuditTrail {
    /** An exact count beyond this many rows costs more than it tells an auditor. */
    public static final long COUNT_CAP = 10_000;

    @Inject
    AuditRepository entries;
    @Inject
    SecurityContext security;
    @Inject
    RequestOrigin origin;
    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String action, String targetType, Object targetId, AuditResult result, String detail) {
        recordAs(actor(), action, targetType, targetId, result, detail);
    }

    /** For sign-in, where the caller is not yet known to the container. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAs(String actor, String action, String targetType, Object targetId, AuditResult result,
                         String detail) {
        entries.append(new AuditEntry(clock.instant(), actor, action, targetType, targetId, result, sourceIp(), detail));
    }

    @RolesAllowed({Roles.AUDITOR, Roles.SYSTEM_ADMIN})
    public List<AuditEntry> list(AuditFilter filter, PageRequest page) {
        return entries.list(filter, page);
    }

    @RolesAllowed({Roles.AUDITOR, Roles.SYSTEM_ADMIN})
    public long count(AuditFilter filter) {
        return entries.count(filter, COUNT_CAP);
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
