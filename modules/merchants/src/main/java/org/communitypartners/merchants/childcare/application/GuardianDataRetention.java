package org.communitypartners.merchants.childcare.application;

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
import org.communitypartners.kernel.api.JobLease;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.merchants.childcare.domain.ChildCareRules;

/**
 * Blanks guardians' names and phones {@link ChildCareRules#GUARDIAN_DATA_RETENTION} (30 days) after
 * their session ended, nightly and once per cluster; the age band, consent record and status stay
 * for the station's figures. Children's data is sensitive: what is not needed is not kept.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GuardianDataRetention {
    private static final Logger LOG = Logger.getLogger(GuardianDataRetention.class.getName());
    static final String JOB = "child-care-retention";

    @Inject
    JobLease lease;
    @Inject
    RetentionBatch batch;
    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "10", timezone = "Asia/Shanghai", persistent = false)
    void nightly() {
        if (lease.tryAcquire(JOB, Duration.ofHours(1))) {
            anonymiseExpired();
        }
    }

    /** Blanks now whatever is past the retention period; returns how many bookings. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public int runNow() {
        return anonymiseExpired();
    }

    private int anonymiseExpired() {
        Instant cutoff = ChildCareRules.retentionCutoff(clock.instant());
        int total = 0;
        int done;
        do {
            done = batch.anonymiseNext(cutoff);
            total += done;
        } while (done > 0);
        if (total > 0) {
            int count = total;
            LOG.info(() -> "Blanked the guardian data of " + count + " child-care bookings");
        }
        return total;
    }
}
