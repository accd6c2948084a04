package org.communitypartners.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.application.OrgTreeService;
import org.communitypartners.kernel.domain.OrgUnit;

/** The organisation tree over REST, within the caller's subtree. */
@Path("org-units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgUnitResource {

    @Inject
    OrgTreeService tree;

    /** What may change of a node by PUT; {@code version} is the one last read. */
    public record Change(@NotBlank @Size(max = OrgUnit.NAME_LENGTH) String name,
                         @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                         @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
                         @NotNull Long version) {
    }

    @GET
    @Path("{id}")
    public OrgUnitView get(@PathParam("id") long id) {
        return tree.get(id);
    }

    @GET
    @Path("{id}/children")
    public List<OrgUnitView> children(@PathParam("id") long id) {
        return tree.children(id);
    }

    @PUT
    @Path("{id}")
    public OrgUnitView change(@PathParam("id") long id, @NotNull @Valid Change change) {
        return tree.update(id, change.version(), change.name(), change.latitude(), change.longitude());
    }
}
