package org.communitypartners.kernel.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.domain.AuditEntry;
import org.communitypartners.kernel.domain.AuditRepository;
import org.communitypartners.kernel.domain.AuditRepository.AuditFilter;

/** Reading the audit log: city-wide auditors and system administrators only. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.SYSTEM_ADMIN})
public class AuditService {
    /** An exact count beyond this many rows costs more than it tells an auditor. */
    public static final long COUNT_CAP = 10_000;

    @Inject
    AuditRepository entries;
    @Inject
    CurrentCaller caller;

    public List<AuditEntryView> list(AuditFilter filter, PageRequest page) {
        requireWholeTree();
        return entries.list(filter, page).stream().map(AuditEntryView::of).toList();
    }

    public long count(AuditFilter filter) {
        requireWholeTree();
        return entries.count(filter, COUNT_CAP);
    }

    /**
     * Audit entries name actors and targets across the whole city, so only those granted the
     * root read them; an auditor granted a subdistrict sees no log.
     */
    private void requireWholeTree() {
        if (!caller.coversWholeTree()) {
            throw new NotFoundInScope("AuditLog", caller.grantedUnitId());
        }
    }

    /** One audit entry as the auditor's screen shows it. */
    public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String targetType,
                                 String targetId, AuditResult result, String sourceIp, String detail) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getTargetType(),
                    e.getTargetId(), e.getResult(), e.getSourceIp(), e.getDetail());
        }
    }
}
