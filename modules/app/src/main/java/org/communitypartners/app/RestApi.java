package org.communitypartners.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every module's REST resources live under /api/v1; the description is served at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Community Partners API (社区合伙人平台)", version = "1",
        description = "REST API of the community partners platform. Callers see only their granted part of the "
                + "organisation tree; anything else answers 404."))
public class RestApi extends Application {
}
