package org.communitypartners.kernel.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.domain.AuditEntry;
import org.communitypartners.kernel.domain.AuditRepository;
import org.communitypartners.kernel.domain.AuditRepository.AuditFilter;

/** Reading the audit log: auditors and system administrators only. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.SYSTEM_ADMIN})
public class AuditService {
    /** An exact count beyond this many rows costs more than it tells an auditor. */
    public static final long COUNT_CAP = 10_000;

    @Inject
    AuditRepository entries;

    public List<AuditEntry> list(AuditFilter filter, PageRequest page) {
        return entries.list(filter, page);
    }

    public long count(AuditFilter filter) {
        return entries.count(filter, COUNT_CAP);
    }
}
