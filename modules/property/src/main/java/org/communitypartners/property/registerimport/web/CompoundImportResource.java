package org.communitypartners.property.registerimport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.registerimport.application.ImportJob;
import org.communitypartners.property.registerimport.application.ImportReport;
import org.communitypartners.property.registerimport.application.RegisterImport;

/**
 * The register import over REST: the .xlsx as the raw request body; the answer is the report
 * (200 when written, 400 when refused with every bad row and column). The work runs on the
 * import executor like the screen's; this request waits for its report.
 */
@Path("property/compounds/{id}/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CompoundImportResource {
    /** Far above the time a 50,000-row file takes; the import goes on and is audited even if this gives up. */
    private static final long WAIT_MINUTES = 10;

    @Inject
    RegisterImport imports;

    @POST
    @Consumes({RegisterImport.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(@PathParam("id") long compoundId, InputStream body) {
        ImportJob job = imports.start(compoundId, read(body));
        try {
            ImportReport report = job.outcome().get(WAIT_MINUTES, TimeUnit.MINUTES);
            return Response.status(report.status() == ImportReport.Status.IMPORTED ? 200 : 400).entity(report)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(job.progress()).build();
        } catch (ExecutionException | TimeoutException e) {
            return Response.status(Response.Status.ACCEPTED).entity(job.progress()).build();
        }
    }

    private static byte[] read(InputStream body) {
        try {
            byte[] file = body.readNBytes(RegisterImport.MAX_BYTES + 1);
            if (file.length > RegisterImport.MAX_BYTES) {
                throw new RuleViolation(PropertyModule.BUNDLE, "import.tooLarge", RegisterImport.MAX_BYTES / (1024 * 1024));
            }
            return file;
        } catch (IOException e) {
            throw new RuleViolation(PropertyModule.BUNDLE, "import.noFile");
        }
    }
}
