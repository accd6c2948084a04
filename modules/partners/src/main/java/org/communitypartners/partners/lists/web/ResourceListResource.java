package org.communitypartners.partners.lists.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.partners.api.ServiceCategory;
import org.communitypartners.partners.lists.application.ThreeLists;
import org.communitypartners.partners.lists.application.ThreeLists.NewResource;
import org.communitypartners.partners.lists.application.ThreeLists.ResourceView;

/** The resources list (资源清单) over REST; its own root, so the registry's "partners/{id}" never takes it. */
@Path("partners/resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResourceListResource {

    @Inject
    ThreeLists lists;

    @GET
    public List<ResourceView> list(@QueryParam("category") ServiceCategory category,
                                   @QueryParam("community") Long communityId, @QueryParam("q") String text,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        return lists.resources(category, communityId, text, new PageRequest(first, size, null, false));
    }

    @POST
    public ResourceView add(NewResource resource) {
        return lists.addResource(resource);
    }
}
