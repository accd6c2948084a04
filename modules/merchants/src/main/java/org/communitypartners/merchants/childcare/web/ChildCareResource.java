package org.communitypartners.merchants.childcare.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.childcare.application.ChildCareViews.BookingView;
import org.communitypartners.merchants.childcare.application.ChildCareViews.RotaView;
import org.communitypartners.merchants.childcare.application.ChildCareViews.SessionDetail;
import org.communitypartners.merchants.childcare.application.ChildCareViews.SessionView;
import org.communitypartners.merchants.childcare.application.ChildCareViews.StationView;
import org.communitypartners.merchants.childcare.application.GuardianDataRetention;
import org.communitypartners.merchants.childcare.application.StationDesk;
import org.communitypartners.merchants.childcare.application.StationDesk.BookingDraft;
import org.communitypartners.merchants.childcare.application.StationDesk.RotaDraft;
import org.communitypartners.merchants.childcare.application.StationDesk.SessionDraft;
import org.communitypartners.merchants.childcare.application.StationDesk.StationDraft;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Child-care stations over REST, with the screen's authorisation: staff within their subtree, the
 * staff of one of a station's three partners for that station. Guardians' phones only masked.
 */
@Path("merchants/child-care")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "merchants-child-care", description = "带娃驿站 Child-care stations: sessions, bookings, volunteer rota")
public class ChildCareResource {

    @Inject
    StationDesk desk;
    @Inject
    GuardianDataRetention retention;

    @GET
    @Path("stations")
    @Operation(summary = "Stations the caller keeps (a partner's staff: those their partner runs)")
    public List<StationView> stations() {
        return desk.stations();
    }

    @POST
    @Path("stations")
    @Operation(summary = "Community staff set a station up: community, name, site, the space, volunteer and course "
            + "partners (active, three different), volunteers needed per session")
    public StationView createStation(StationDraft draft) {
        return desk.createStation(draft);
    }

    @GET
    @Path("stations/{id}")
    @Operation(summary = "One station")
    public StationView station(@PathParam("id") long id) {
        return desk.station(id);
    }

    @PUT
    @Path("stations/{id}")
    @Operation(summary = "Changes a station; version as read")
    public StationView updateStation(@PathParam("id") long id, @QueryParam("version") Long version,
                                     StationDraft draft) {
        return desk.updateStation(id, required(version), draft);
    }

    @POST
    @Path("stations/{id}/active")
    @Operation(summary = "Opens (active=true) or closes a station for bookings; version as read")
    public StationView setActive(@PathParam("id") long id, @QueryParam("version") Long version,
                                 @QueryParam("active") boolean active) {
        return desk.setStationActive(id, required(version), active);
    }

    @GET
    @Path("stations/{id}/sessions")
    @Operation(summary = "A station's sessions, latest first, with seats and the rota gap")
    public List<SessionView> sessions(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("size") @DefaultValue("20") int size,
                                      @HeaderParam("Accept-Language") String languages) {
        return desk.sessions(id, new PageRequest(first, size, null, false), KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("stations/{id}/sessions")
    @Operation(summary = "Plans a session: startsAt, endsAt (ISO instants), topic, capacity, youngestBand and "
            + "oldestBand (TODDLER, PRESCHOOL, LOWER_PRIMARY, UPPER_PRIMARY)")
    public SessionView addSession(@PathParam("id") long id, SessionDraft draft,
                                  @HeaderParam("Accept-Language") String languages) {
        return desk.addSession(id, draft, KernelBundle.ofAcceptLanguage(languages));
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "A session with its bookings (phones masked) and its volunteer rota")
    public SessionDetail session(@PathParam("id") long id, @HeaderParam("Accept-Language") String languages) {
        return desk.session(id, KernelBundle.ofAcceptLanguage(languages));
    }

    @PUT
    @Path("sessions/{id}")
    @Operation(summary = "Changes a session's plan; the capacity may not fall below the seats taken; version as read")
    public SessionView updateSession(@PathParam("id") long id, @QueryParam("version") Long version,
                                     SessionDraft draft, @HeaderParam("Accept-Language") String languages) {
        return desk.updateSession(id, required(version), draft, KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("sessions/{id}/cancel")
    @Operation(summary = "Calls a session off; version as read")
    public SessionView cancelSession(@PathParam("id") long id, @QueryParam("version") Long version,
                                     @HeaderParam("Accept-Language") String languages) {
        return desk.cancelSession(id, required(version), KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("sessions/{id}/bookings")
    @Operation(summary = "Books a seat for a guardian who called: guardianName, guardianPhone, ageBand, consent "
            + "(the guardian agreed to the consent text); refused when full")
    public BookingView book(@PathParam("id") long id, BookingDraft draft,
                            @HeaderParam("Accept-Language") String languages) {
        return desk.book(id, draft, KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("sessions/{id}/bookings/{booking}/cancel")
    @Operation(summary = "Cancels a booking before the session starts; the seat is free again")
    public BookingView cancelBooking(@PathParam("id") long id, @PathParam("booking") long booking,
                                     @HeaderParam("Accept-Language") String languages) {
        return desk.cancelBooking(id, booking, KernelBundle.ofAcceptLanguage(languages));
    }

    @POST
    @Path("sessions/{id}/rota")
    @Operation(summary = "Puts a volunteer of the volunteer partner on the session's rota: volunteerName, volunteerPhone")
    public RotaView assign(@PathParam("id") long id, RotaDraft draft) {
        return desk.assignVolunteer(id, draft);
    }

    @DELETE
    @Path("sessions/{id}/rota/{entry}")
    @Operation(summary = "Takes a volunteer off the rota")
    public Response remove(@PathParam("id") long id, @PathParam("entry") long entry) {
        desk.removeVolunteer(id, entry);
        return Response.noContent().build();
    }

    @POST
    @Path("retention/run")
    @Operation(summary = "System administrators: blank now the guardian data of sessions ended more than 30 days ago")
    public Map<String, Integer> runRetention() {
        return Map.of("anonymised", retention.runNow());
    }

    private static long required(Long version) {
        if (version == null) {
            throw new RuleViolation(MerchantsModule.BUNDLE, "merchant.versionRequired");
        }
        return version;
    }
}
