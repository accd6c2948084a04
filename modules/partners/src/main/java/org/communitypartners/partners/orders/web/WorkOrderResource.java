package org.communitypartners.partners.orders.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.CloseReason;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.orders.application.DispatchRuleAdmin.RuleView;
import org.communitypartners.partners.orders.application.DispatchRuleAdmin;
import org.communitypartners.partners.orders.application.EscalationJob;
import org.communitypartners.partners.orders.application.OrderLoop;
import org.communitypartners.partners.orders.application.OrderView;
import org.communitypartners.partners.orders.application.TimelineView;
import org.communitypartners.partners.orders.application.WorkOrderDesk.BoardFilter;
import org.communitypartners.partners.orders.application.WorkOrderDesk.EnteredOrder;
import org.communitypartners.partners.orders.application.WorkOrderDesk;
import org.communitypartners.partners.orders.domain.WorkOrderStep;

/** The community's work-order board over REST, with the same authorisation as the screens. */
@Path("partners/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkOrderResource {

    @Inject
    WorkOrderDesk desk;
    @Inject
    DispatchRuleAdmin rules;
    @Inject
    EscalationJob escalation;
    @Inject
    OrderLoop loop;

    /** A step with its note and the version the caller last read. */
    public record Step(String note, Long version) {
    }

    public record Dispatch(Long partnerId, String note, Long version) {
    }

    public record BulkDispatch(List<Long> orderIds, Long partnerId) {
    }

    public record Close(CloseReason reason, String note, Long version) {
    }

    public record Merge(Long into, String note, Long version) {
    }

    public record ResidentAnswer(WorkOrderStep step, String note, Long version) {
    }

    public record NewRule(String categoryCode, Long unitId, Long partnerId) {
    }

    /** A category residents can choose, with its service level in minutes. */
    public record Category(String code, String nameZh, String nameEn, boolean complaint, long acceptMinutes,
                           long resolveMinutes) {
    }

    @GET
    public List<OrderView> board(@QueryParam("status") WorkOrderStatus status,
                                 @QueryParam("category") String category, @QueryParam("compound") Long compound,
                                 @QueryParam("overdue") boolean overdue, @QueryParam("escalated") boolean escalated,
                                 @QueryParam("number") Long number, @QueryParam("unit") Long unit,
                                 @QueryParam("quarter") String quarter,
                                 @QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        Quarter submittedIn = quarter == null ? null : Quarter.parse(quarter)
                .orElseThrow(() -> new RuleViolation(PartnersModule.BUNDLE, "board.badQuarter", quarter));
        return desk.board(new BoardFilter(status, category, compound, overdue, escalated, number, unit, submittedIn),
                new PageRequest(first, size, "id", false));
    }

    @POST
    public OrderView enter(EnteredOrder order) {
        return desk.enter(order);
    }

    @GET
    @Path("categories")
    public List<Category> categories() {
        return loop.categories().stream().map(c -> new Category(c.getCode(), c.getNameZh(), c.getNameEn(),
                c.isComplaint(), c.serviceLevel().acceptWithin().toMinutes(),
                c.serviceLevel().resolveWithin().toMinutes())).toList();
    }

    @GET
    @Path("{id}")
    public OrderView get(@PathParam("id") long id) {
        return desk.get(id);
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineView> timeline(@PathParam("id") long id) {
        return desk.timeline(id);
    }

    /** The timeline as a CSV file. */
    @GET
    @Path("{id}/timeline.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response timelineCsv(@PathParam("id") long id) {
        return Response.ok(TimelineCsv.of(desk.get(id), desk.exportTimeline(id)))
                .header("Content-Disposition", "attachment; filename=\"order-" + id + "-timeline.csv\"").build();
    }

    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        return PhotoResponses.of(desk.photo(id, photoId));
    }

    /** The reporter's full phone, to call them back (audited). */
    @GET
    @Path("{id}/reporter-phone")
    public Map<String, String> revealPhone(@PathParam("id") long id) {
        return Map.of("phone", desk.revealPhone(id));
    }

    @GET
    @Path("{id}/duplicates")
    public List<OrderView> duplicates(@PathParam("id") long id) {
        return desk.duplicatesOf(id);
    }

    @POST
    @Path("{id}/dispatch")
    public OrderView dispatch(@PathParam("id") long id, Dispatch dispatch) {
        if (dispatch == null || dispatch.partnerId() == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.partnerNotServing");
        }
        return desk.dispatch(id, dispatch.version(), dispatch.partnerId(), dispatch.note());
    }

    /** Dispatches several orders to one partner: all or none. */
    @POST
    @Path("dispatch")
    public Map<String, Integer> dispatchAll(BulkDispatch bulk) {
        if (bulk == null || bulk.partnerId() == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.partnerNotServing");
        }
        return Map.of("dispatched", desk.dispatchAll(bulk.orderIds(), bulk.partnerId()));
    }

    @POST
    @Path("{id}/urge")
    public OrderView urge(@PathParam("id") long id, Step step) {
        return desk.urge(id, step == null ? null : step.version(), step == null ? null : step.note());
    }

    @POST
    @Path("{id}/close")
    public OrderView close(@PathParam("id") long id, Close close) {
        if (close == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.closeReason");
        }
        return desk.close(id, close.version(), close.reason(), close.note());
    }

    @POST
    @Path("{id}/merge")
    public OrderView merge(@PathParam("id") long id, Merge merge) {
        if (merge == null || merge.into() == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.mergeTarget");
        }
        return desk.merge(id, merge.version(), merge.into(), merge.note());
    }

    /** Records the resident's confirmation or reopening given by phone. */
    @POST
    @Path("{id}/resident-answer")
    public OrderView residentAnswer(@PathParam("id") long id, ResidentAnswer answer) {
        if (answer == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.stepNotYours");
        }
        return desk.onBehalfOfResident(id, answer.version(), answer.step(), answer.note());
    }

    @POST
    @Path("{id}/comments")
    public OrderView comment(@PathParam("id") long id, Step step) {
        return desk.comment(id, step == null ? null : step.note());
    }

    @GET
    @Path("dispatch-rules")
    public List<RuleView> rules() {
        return rules.rules();
    }

    @POST
    @Path("dispatch-rules")
    public RuleView addRule(NewRule rule) {
        if (rule == null || rule.unitId() == null || rule.partnerId() == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "order.communityRequired");
        }
        return rules.add(rule.categoryCode(), rule.unitId(), rule.partnerId());
    }

    @DELETE
    @Path("dispatch-rules/{ruleId}")
    public Response removeRule(@PathParam("ruleId") long ruleId) {
        rules.remove(ruleId);
        return Response.noContent().build();
    }

    /** Runs the escalation round now (system administrators; it also runs every five minutes). */
    @POST
    @Path("escalations")
    public Map<String, Integer> escalate() {
        return Map.of("escalated", escalation.runNow());
    }
}
