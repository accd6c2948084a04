package org.communitypartners.partners.lists.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.ServiceCategory;
import org.communitypartners.partners.lists.application.ThreeLists;
import org.communitypartners.partners.lists.application.ThreeLists.Confirmation;
import org.communitypartners.partners.lists.application.ThreeLists.MatchView;
import org.communitypartners.partners.lists.application.ThreeLists.NeedView;
import org.communitypartners.partners.lists.application.ThreeLists.NewNeed;
import org.communitypartners.partners.lists.application.ThreeLists.SuggestionView;
import org.communitypartners.partners.lists.domain.NeedStatus;

/**
 * The needs list (需求清单) over REST, with the same authorisation as the screen. Its own root
 * path: JAX-RS prefers the longer literal "partners/needs" over the registry's "partners/{id}".
 */
@Path("partners/needs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NeedResource {

    @Inject
    ThreeLists lists;

    /** Closing a need: why, and the version the caller last read. */
    public record Closing(String reason, Long version) {
    }

    @GET
    public List<NeedView> list(@QueryParam("category") ServiceCategory category,
                               @QueryParam("status") NeedStatus status, @QueryParam("community") Long communityId,
                               @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("size") @DefaultValue("20") int size) {
        return lists.needs(category, status, communityId, text, new PageRequest(first, size, null, false));
    }

    @POST
    public NeedView raise(NewNeed need) {
        return lists.raise(need);
    }

    @GET
    @Path("{id}")
    public NeedView get(@PathParam("id") long id) {
        return lists.need(id);
    }

    @GET
    @Path("{id}/suggestions")
    public List<SuggestionView> suggestions(@PathParam("id") long id) {
        return lists.suggestions(id);
    }

    @GET
    @Path("{id}/matches")
    public List<MatchView> matches(@PathParam("id") long id) {
        return lists.matches(id);
    }

    @POST
    @Path("{id}/matches")
    public MatchView confirm(@PathParam("id") long id, Confirmation confirmation) {
        return lists.confirm(id, confirmation);
    }

    @POST
    @Path("{id}/close")
    public NeedView close(@PathParam("id") long id, Closing closing) {
        if (closing == null || closing.version() == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "need.closeReasonRequired", 500);
        }
        return lists.close(id, closing.version(), closing.reason());
    }
}
