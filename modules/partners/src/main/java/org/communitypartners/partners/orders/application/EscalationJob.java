package org.communitypartners.partners.orders.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.communitypartners.kernel.api.JobLease;
import org.communitypartners.kernel.api.Roles;

/**
 * Every five minutes, raises open orders past a deadline to their community's supervisor (the
 * board's "escalated" filter). One server of a cluster runs each round: the others find the
 * lease taken and skip it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EscalationJob {
    private static final Logger LOG = Logger.getLogger(EscalationJob.class.getName());
    static final String JOB = "work-order-escalation";
    private static final int BATCH = 200;

    @Inject
    JobLease lease;
    @Inject
    Escalations escalations;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        if (lease.tryAcquire(JOB, Duration.ofMinutes(4))) {
            escalateOverdue();
        }
    }

    /** Escalates every overdue order now, in batches each in its own transaction; returns how many. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public int runNow() {
        return escalateOverdue();
    }

    private int escalateOverdue() {
        int total = 0;
        List<Long> batch;
        int escalated;
        do {
            batch = escalations.candidates(BATCH);
            escalated = 0;
            for (long id : batch) {
                escalated += escalateQuietly(id);
            }
            total += escalated;
        } while (batch.size() == BATCH && escalated > 0);
        if (total > 0) {
            int count = total;
            LOG.info(() -> "Escalated " + count + " overdue work orders");
        }
        return total;
    }

    private int escalateQuietly(long id) {
        try {
            return escalations.escalate(id) ? 1 : 0;
        } catch (PersistenceException | TransactionalException concurrentEdit) {
            LOG.fine(() -> "Order " + id + " changed while escalating; next round takes it: " + concurrentEdit);
            return 0;
        }
    }
}
