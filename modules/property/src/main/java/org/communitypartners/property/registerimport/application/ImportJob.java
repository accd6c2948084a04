package org.communitypartners.property.registerimport.application;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One import running in the background: who started it for which compound, how far it is, and
 * its report once done. Lives in the memory of the server that runs it.
 */
public final class ImportJob {

    public enum Phase {
        QUEUED, READING, CHECKING, WRITING, DONE
    }

    /** What a progress bar shows. */
    public record Progress(String id, long compoundId, Phase phase, int percent, int done, int total,
                           ImportReport report) {
    }

    /** Reading and checking are quick next to writing, so they take the first tenth of the bar. */
    private static final int CHECKED_PERCENT = 10;

    private final String id = UUID.randomUUID().toString();
    private final long compoundId;
    private final String startedBy;
    private final Instant startedAt;
    private final CompletableFuture<ImportReport> outcome = new CompletableFuture<>();
    private volatile Phase phase = Phase.QUEUED;
    private volatile int done;
    private volatile int total;

    ImportJob(long compoundId, String startedBy, Instant startedAt) {
        this.compoundId = compoundId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void reading(int rowsRead) {
        phase = Phase.READING;
        done = rowsRead;
    }

    void checking(int rows) {
        phase = Phase.CHECKING;
        done = rows;
    }

    void writing(int written, int of) {
        phase = Phase.WRITING;
        total = of;
        done = written;
    }

    void finish(ImportReport report) {
        phase = Phase.DONE;
        outcome.complete(report);
    }

    public Progress progress() {
        Phase now = phase;
        int percent = switch (now) {
            case QUEUED, READING -> 0;
            case CHECKING -> CHECKED_PERCENT / 2;
            case WRITING -> CHECKED_PERCENT + (total == 0 ? 0 : (int) ((100L - CHECKED_PERCENT) * done / total));
            case DONE -> 100;
        };
        return new Progress(id, compoundId, now, Math.min(percent, now == Phase.DONE ? 100 : 99), done, total,
                outcome.getNow(null));
    }

    public CompletableFuture<ImportReport> outcome() {
        return outcome;
    }

    public String id() {
        return id;
    }

    public long compoundId() {
        return compoundId;
    }

    String startedBy() {
        return startedBy;
    }

    Instant startedAt() {
        return startedAt;
    }

    boolean running() {
        return phase != Phase.DONE;
    }
}
