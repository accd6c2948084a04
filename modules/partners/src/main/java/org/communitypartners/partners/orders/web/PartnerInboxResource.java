package org.communitypartners.partners.orders.web;

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
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.orders.application.OrderView;
import org.communitypartners.partners.orders.application.PartnerInbox;
import org.communitypartners.partners.orders.application.Scorecards;
import org.communitypartners.partners.orders.application.TimelineView;
import org.communitypartners.partners.orders.domain.Scorecard;
import org.communitypartners.partners.orders.domain.WorkOrderStep;
import org.communitypartners.partners.web.QueryDates;

/** The partner's inbox over REST: only orders dispatched to the caller's own partner. */
@Path("partners/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerInboxResource {

    @Inject
    PartnerInbox inbox;
    @Inject
    Scorecards scorecards;

    /** A step on an order, with photos as base64 (JPEG or PNG, at most three). */
    public record Step(WorkOrderStep step, String note, Long version, List<String> photos) {
    }

    @GET
    public List<OrderView> list(@QueryParam("status") WorkOrderStatus status,
                                @QueryParam("overdue") boolean overdue,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("size") @DefaultValue("20") int size) {
        return inbox.inbox(status, overdue, new PageRequest(first, size, "id", false));
    }

    @GET
    @Path("{id}")
    public OrderView get(@PathParam("id") long id) {
        return inbox.get(id);
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineView> timeline(@PathParam("id") long id) {
        return inbox.timeline(id);
    }

    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        return PhotoResponses.of(inbox.photo(id, photoId));
    }

    /** Accept, start, resolve or decline; a declined order leaves the inbox (204). */
    @POST
    @Path("{id}/steps")
    public Response take(@PathParam("id") long id, Step step) {
        if (step == null || step.step() == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.stepNotYours");
        }
        List<byte[]> photos;
        try {
            photos = step.photos() == null ? List.of()
                    : step.photos().stream().map(p -> Base64.getDecoder().decode(p)).toList();
        } catch (IllegalArgumentException notBase64) {
            throw RuleViolation.kernel("photo.notAnImage");
        }
        OrderView after = inbox.take(id, step.version(), step.step(), step.note(), photos);
        return after == null ? Response.noContent().build() : Response.ok(after).build();
    }

    /** The caller's partner's scorecard, like staff see it on the partner's record. */
    @GET
    @Path("scorecard")
    public Scorecard scorecard(@QueryParam("from") String from, @QueryParam("to") String to) {
        return scorecards.ownPartner(QueryDates.parse("from", from), QueryDates.parse("to", to));
    }
}
