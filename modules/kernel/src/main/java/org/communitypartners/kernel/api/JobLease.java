package org.communitypartners.kernel.api;

import java.time.Duration;

/**
 * A lease on a timed job shared by every server of a cluster: whoever takes it runs the job,
 * the others skip this round. A crashed holder's lease simply runs out.
 */
public interface JobLease {

    boolean tryAcquire(String jobName, Duration leaseFor);
}
