package org.communitypartners.app.it.probe;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The probe module's REST resource, under the module's key like every module's. */
@Path("probe/ping")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @GET
    public Map<String, Boolean> ping() {
        return Map.of("pong", true);
    }
}
