package org.communitypartners.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.communitypartners.kernel.application.AuditArchive;

/** Operators archive audit entries past retention now instead of at night (system administrators). */
@Path("audit/archive")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditArchiveResource {

    @Inject
    AuditArchive archive;

    @POST
    public Map<String, Integer> archive() {
        return Map.of("archived", archive.archiveNow());
    }
}
