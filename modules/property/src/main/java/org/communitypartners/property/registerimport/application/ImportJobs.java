package org.communitypartners.property.registerimport.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;

/**
 * The imports of this server: one at a time per compound (two files checked against the same
 * register and written together could pass each other's checks), kept for an hour for their
 * reports. A cluster keeps each job on the server that took the upload (sticky sessions).
 */
@ApplicationScoped
public class ImportJobs {
    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    synchronized ImportJob open(long compoundId, String startedBy, Instant now) {
        jobs.values().removeIf(j -> !j.running() && j.startedAt().isBefore(now.minus(KEPT)));
        if (jobs.values().stream().anyMatch(j -> j.running() && j.compoundId() == compoundId)) {
            throw new RuleViolation(PropertyModule.BUNDLE, "import.running");
        }
        ImportJob job = new ImportJob(compoundId, startedBy, now);
        jobs.put(job.id(), job);
        return job;
    }

    /** The job, to the one who started it only. */
    Optional<ImportJob> find(String id, String caller) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> j.startedBy().equals(caller));
    }
}
