package org.communitypartners.merchants.donations.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.communitypartners.kernel.api.JobLease;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.web.ShanghaiTime;

/**
 * Every morning, once per cluster, raises a reminder for each placement whose last day is within
 * 30 days or has passed, once per placement and threshold: the community's staff find it on their
 * donations screen until they acknowledge it. The partners'
 * work-order loop is for residents' requests raised by a signed-in caller; a job has none, so the
 * reminder stays with the donations it is about.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiryReminderJob {
    private static final Logger LOG = Logger.getLogger(ExpiryReminderJob.class.getName());
    static final String JOB = "donation-expiry-reminders";

    @Inject
    JobLease lease;
    @Inject
    ReminderBatch batch;
    @Inject
    Clock clock;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Shanghai", persistent = false)
    void everyMorning() {
        if (lease.tryAcquire(JOB, Duration.ofHours(1))) {
            remind();
        }
    }

    /** Raises now whatever is due; returns how many reminders were raised. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public int runNow() {
        return remind();
    }

    private int remind() {
        LocalDate today = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        int total = 0;
        long after = 0;
        ReminderBatch.Outcome outcome;
        do {
            outcome = batch.remindAfter(after, today);
            total += outcome.raised();
            after = outcome.lastId();
        } while (outcome.more());
        if (total > 0) {
            int count = total;
            LOG.info(() -> "Raised " + count + " donation expiry reminders");
        }
        return total;
    }
}
