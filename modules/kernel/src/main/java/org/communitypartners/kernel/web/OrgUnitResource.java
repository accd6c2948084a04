package org.communitypartners.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.application.OrgTreeService;

/** The organisation tree over REST, within the caller's subtree. */
@Path("org-units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgUnitResource {

    @Inject
    OrgTreeService tree;

    /**
     * What may change of a node by PUT; {@code version} is the one last read. The domain checks
     * the values (and words the refusal in both languages), so the records carry no constraints.
     */
    public record Change(String name, BigDecimal latitude, BigDecimal longitude, Long version) {
    }

    /** Where a node moves: its new parent and its new code under that parent. */
    public record Move(Long parentId, String code) {
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

    @POST
    @Path("{id}/move")
    public OrgUnitView move(@PathParam("id") long id, Move move) {
        RequiredFields.require(move, "parentId", move == null ? null : move.parentId());
        return tree.move(id, move.parentId(), move.code());
    }

    @PUT
    @Path("{id}")
    public OrgUnitView change(@PathParam("id") long id, Change change) {
        RequiredFields.require(change, "version", change == null ? null : change.version());
        return tree.update(id, change.version(), change.name(), change.latitude(), change.longitude());
    }
}
