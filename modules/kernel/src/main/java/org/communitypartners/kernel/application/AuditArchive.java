package org.communitypartners.kernel.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.JobLease;

/**
 * Moves audit entries older than the retention period into archive files, nightly and once per
 * cluster. Rows are removed only after their file is safely written: nothing is dropped.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditArchive {
    private static final Logger LOG = Logger.getLogger(AuditArchive.class.getName());
    private static final String JOB = "audit-archive";

    @Inject
    JobLease lease;
    @Inject
    AuditArchiveBatch batch;
    @Inject
    KernelSettings settings;
    @Inject
    Clock clock;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void nightly() {
        if (lease.tryAcquire(JOB, Duration.ofHours(1))) {
            archiveExpired();
        }
    }

    /** Archives now; returns how many entries went to files. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public int archiveNow() {
        return archiveExpired();
    }

    private int archiveExpired() {
        Instant cutoff = clock.instant().minus(settings.auditRetention());
        int total = 0;
        int archived;
        do {
            archived = batch.archiveNext(cutoff, settings.auditArchiveDir());
            total += archived;
        } while (archived > 0);
        if (total > 0) {
            LOG.info(() -> "Archived audit entries before " + cutoff + " to " + settings.auditArchiveDir());
        }
        return total;
    }
}
