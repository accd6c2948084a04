package org.communitypartners.kernel.infrastructure;

import static org.communitypartners.kernel.api.persistence.NativeSql.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.communitypartners.kernel.api.JobLease;

/**
 * Leases in the shared database: one conditional UPDATE, atomic on every server. Each job's row
 * is created by the migration of the module that owns the job.
 */
@ApplicationScoped
public class DatabaseJobLease implements JobLease {
    private static final String HOLDER = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext(unitName = KernelPersistence.UNIT)
    private EntityManager em;
    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(String jobName, Duration leaseFor) {
        Instant now = clock.instant();
        int taken = em.createNativeQuery(
                        "UPDATE job_lease SET leased_until = ?, leased_by = ? WHERE job_name = ? AND leased_until < ?")
                .setParameter(1, utc(now.plus(leaseFor)))
                .setParameter(2, HOLDER)
                .setParameter(3, jobName)
                .setParameter(4, utc(now))
                .executeUpdate();
        return taken == 1;
    }
}
