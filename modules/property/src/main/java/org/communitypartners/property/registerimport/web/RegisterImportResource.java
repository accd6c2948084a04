package org.communitypartners.property.registerimport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communitypartners.property.registerimport.application.ImportJob;
import org.communitypartners.property.registerimport.application.RegisterImport;

/** The register import's template and the progress of an import job, over REST. */
@Path("property/register-import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegisterImportResource {
    @Inject
    RegisterImport imports;

    /** How far a job is (and its report when done), to the one who started it. */
    @GET
    @Path("jobs/{job}")
    public ImportJob.Progress progress(@PathParam("job") String jobId) {
        return imports.progress(jobId);
    }

    @GET
    @Path("template")
    @Produces(RegisterImport.XLSX)
    public Response template() {
        return Response.ok(imports.template()).header("Content-Disposition",
                "attachment; filename=\"register-import-template.xlsx\"").build();
    }
}
