package org.communitypartners.property.commitments.web;

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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.commitments.application.CommitmentViews.CheckInView;
import org.communitypartners.property.commitments.application.CommitmentViews.CommitmentView;
import org.communitypartners.property.commitments.application.CommitmentViews.ItemCompliance;
import org.communitypartners.property.commitments.application.CommitmentViews.NewCommitment;
import org.communitypartners.property.commitments.application.CommitmentViews.PhotoView;
import org.communitypartners.property.commitments.application.CommitmentViews.RaisedWorkOrder;
import org.communitypartners.property.commitments.application.CommitmentViews.RatingView;
import org.communitypartners.property.commitments.application.ServiceCommitments;

/** Service commitments over REST, with the same authorisation as the screen. */
@Path("property/commitments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitmentsResource {

    @Inject
    ServiceCommitments commitments;

    /** A check-in: {@code at} an ISO date-time with offset (now when absent), the photo as base64. */
    public record NewCheckIn(Long buildingId, String at, String note, String photoBase64) {
    }

    public record NewRating(Integer stars, String note) {
    }

    /** {@code periodStarts} the Monday of the missed week (or the first of the missed month). */
    public record NewOrder(String periodStarts, String contactPhone) {
    }

    @GET
    @Path("compounds/{id}")
    public List<CommitmentView> commitments(@PathParam("id") long compoundId) {
        return commitments.commitments(compoundId);
    }

    @POST
    @Path("compounds/{id}")
    public CommitmentView create(@PathParam("id") long compoundId, NewCommitment item) {
        return commitments.create(compoundId, item);
    }

    /** Compliance per week (or month) and quarter over months {@code from}..{@code to} (yyyy-MM). */
    @GET
    @Path("compounds/{id}/compliance")
    public List<ItemCompliance> compliance(@PathParam("id") long compoundId, @QueryParam("from") String from,
                                           @QueryParam("to") String to) {
        return commitments.compliance(compoundId, month(from), month(to));
    }

    @GET
    @Path("{id}")
    public CommitmentView commitment(@PathParam("id") long id) {
        return commitments.commitment(id);
    }

    @POST
    @Path("{id}/check-ins")
    public CheckInView checkIn(@PathParam("id") long id, NewCheckIn checkIn) {
        if (checkIn == null) {
            throw violation("checkIn.buildingRequired");
        }
        return commitments.checkIn(id, checkIn.buildingId(), instant(checkIn.at()), checkIn.note(),
                photo(checkIn.photoBase64()));
    }

    @GET
    @Path("{id}/check-ins")
    public List<CheckInView> checkIns(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        return commitments.checkIns(id, first, size);
    }

    @GET
    @Path("check-ins/{id}/photo")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("id") long checkInId) {
        PhotoView photo = commitments.photo(checkInId);
        return Response.ok(photo.content(), photo.contentType()).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600").build();
    }

    @POST
    @Path("{id}/ratings")
    public RatingView rate(@PathParam("id") long id, NewRating rating) {
        return commitments.rate(id, rating == null ? null : rating.stars(), rating == null ? null : rating.note());
    }

    @GET
    @Path("{id}/ratings")
    public List<RatingView> ratings(@PathParam("id") long id) {
        return commitments.ratings(id);
    }

    /** Raises a work order for a missed week (or month) of the commitment; once per period. */
    @POST
    @Path("{id}/work-orders")
    public RaisedWorkOrder raise(@PathParam("id") long id, NewOrder order) {
        if (order == null || order.periodStarts() == null) {
            throw violation("order.notMissed");
        }
        LocalDate starts;
        try {
            starts = LocalDate.parse(order.periodStarts());
        } catch (DateTimeException e) {
            throw violation("order.notMissed");
        }
        return commitments.raiseWorkOrder(id, starts, order.contactPhone());
    }

    private static YearMonth month(String text) {
        try {
            return text == null ? null : YearMonth.parse(text.strip());
        } catch (DateTimeException e) {
            throw violation("compliance.month", text);
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException e) {
            throw violation("checkIn.timeFormat", text);
        }
    }

    private static byte[] photo(String base64) {
        try {
            return base64 == null || base64.isBlank() ? null : Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.kernel("photo.notAnImage");
        }
    }

    private static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation(PropertyModule.BUNDLE, key, arguments);
    }
}
