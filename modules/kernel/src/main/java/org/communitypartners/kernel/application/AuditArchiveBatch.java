package org.communitypartners.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.domain.AuditEntry;
import org.communitypartners.kernel.domain.AuditRepository;

/** One batch of the archive: write a gzip JSON-lines file, then remove exactly those rows. */
@Stateless
public class AuditArchiveBatch {
    static final int BATCH_SIZE = 1000;

    @Inject
    AuditRepository entries;
    @Inject
    AuditTrail audit;

    public int archiveNext(Instant cutoff, Path directory) {
        List<AuditEntry> batch = entries.oldestBefore(cutoff, BATCH_SIZE);
        if (batch.isEmpty()) {
            return 0;
        }
        long firstId = batch.get(0).getId();
        long lastId = batch.get(batch.size() - 1).getId();
        Path file = directory.resolve("audit-" + firstId + "-" + lastId + ".jsonl.gz");
        write(batch, file);
        int removed = entries.removeArchived(lastId, cutoff);
        if (removed != batch.size()) {
            // Rolls back: the rows stay, and the file is simply written again next time.
            throw new IllegalStateException("archived " + batch.size() + " audit entries but removed " + removed);
        }
        audit.success("audit.archive", "AuditLog", firstId + "-" + lastId, file.toString());
        return removed;
    }

    /** Written to a temporary name and renamed, so a file that exists is complete. */
    private static void write(List<AuditEntry> batch, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial));
                 Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                for (AuditEntry entry : batch) {
                    writer.write(AuditJson.line(entry));
                    writer.write('\n');
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("audit archive not written: " + target, e);
        }
    }
}
