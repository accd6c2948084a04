package org.communitypartners.property.registerimport.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.application.CompoundAccess;
import org.communitypartners.property.registerimport.application.ImportReport.Status;
import org.communitypartners.property.registerimport.domain.ImportProblem;
import org.communitypartners.property.registerimport.infrastructure.XlsxRegisterSheet;

/**
 * Starts imports of a compound's register on the server's managed executor (never on the
 * request thread: a 20,000-row file takes a while), and answers their progress to the person
 * who started them. Staff of the compound's subtree only, as for one-by-one entry.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class RegisterImport {
    private static final Logger LOG = Logger.getLogger(RegisterImport.class.getName());
    /** The largest file taken: a 50,000-row sheet is about 3 MB. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CompoundAccess access;
    @Inject
    ImportJobs jobs;
    @Inject
    RegisterImportWork work;
    @Inject
    Clock clock;
    @Resource
    ManagedExecutorService executor;

    /** Checks access now, then reads, checks and (if all is valid) writes the file in the background. */
    public ImportJob start(long compoundId, byte[] file) {
        access.writable(compoundId);
        if (file == null || file.length == 0) {
            throw new RuleViolation(PropertyModule.BUNDLE, "import.noFile");
        }
        if (file.length > MAX_BYTES) {
            throw new RuleViolation(PropertyModule.BUNDLE, "import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        ImportJob job = jobs.open(compoundId, access.caller(), clock.instant());
        try {
            executor.submit(() -> {
                try {
                    job.finish(work.run(job, file));
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "register import " + job.id() + " failed; nothing was written", failed);
                    job.finish(failed("import.failed"));
                }
            });
        } catch (RejectedExecutionException busy) {
            job.finish(failed("import.busy"));
            throw new RuleViolation(PropertyModule.BUNDLE, "import.busy");
        }
        return job;
    }

    private static ImportReport failed(String key) {
        return new ImportReport(Status.FAILED, 0, 0, 0, 0, List.of(ImportReports.problem(
                new ImportProblem(0, null, PropertyModule.BUNDLE, key, List.of()))));
    }

    public ImportJob.Progress progress(String jobId) {
        return jobs.find(jobId, access.caller()).orElseThrow(() -> new NotFoundInScope("ImportJob", jobId))
                .progress();
    }

    /** The .xlsx template with headings and one example row. */
    public byte[] template() {
        return XlsxRegisterSheet.template();
    }
}
