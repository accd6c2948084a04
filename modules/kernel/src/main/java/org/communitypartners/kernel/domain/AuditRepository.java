package org.communitypartners.kernel.domain;

import java.time.Instant;
import java.util.List;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.PageRequest;

/** Appends and reads the audit log. There is deliberately no update. */
public interface AuditRepository {

    void append(AuditEntry entry);

    List<AuditEntry> list(AuditFilter filter, PageRequest page);

    /** Counts matching rows, but stops at {@code cap}: an exact count of millions would cost more than the page. */
    long count(AuditFilter filter, long cap);

    /** The oldest entries before {@code cutoff}, oldest first. */
    List<AuditEntry> oldestBefore(Instant cutoff, int limit);

    /** Removes archived entries up to and including {@code lastArchivedId}, before {@code cutoff}. */
    int removeArchived(long lastArchivedId, Instant cutoff);

    record AuditFilter(String actor, String action, AuditResult result, String targetType, Instant from, Instant to) {
    }
}
