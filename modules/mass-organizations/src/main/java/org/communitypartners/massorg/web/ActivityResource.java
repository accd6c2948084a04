package org.communitypartners.massorg.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.application.ActivityDesk;
import org.communitypartners.massorg.application.ActivityDesk.Draft;
import org.communitypartners.massorg.application.ActivityView;
import org.communitypartners.massorg.application.RegistrationView;
import org.communitypartners.massorg.domain.ActivityStatus;
import org.communitypartners.massorg.domain.RegistrationStatus;

/** Activities and their registrations over REST, with the same authorisation as the screen. */
@Path("mass-organizations/activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {

    @Inject
    ActivityDesk desk;

    /** A person staff register: name and phone. */
    public record Person(String name, String phone) {
    }

    /** A check-in by the code the registrant shows. */
    public record CodeCheckIn(String code) {
    }

    @GET
    public List<ActivityView> list(@QueryParam("community") Long community, @QueryParam("status") ActivityStatus status,
                                   @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        return desk.list(community, status, text, new PageRequest(first, size, "startsAt", false));
    }

    @POST
    public ActivityView create(Draft draft) {
        return desk.create(draft);
    }

    @GET
    @Path("{id}")
    public ActivityView get(@PathParam("id") long id) {
        return desk.get(id);
    }

    @PUT
    @Path("{id}")
    public ActivityView update(@PathParam("id") long id, @QueryParam("version") Long version, Draft draft) {
        if (version == null) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "activity.versionRequired");
        }
        return desk.update(id, draft, version);
    }

    @POST
    @Path("{id}/cancel")
    public ActivityView cancel(@PathParam("id") long id) {
        return desk.cancel(id);
    }

    @POST
    @Path("{id}/attendance/close")
    public ActivityView closeAttendance(@PathParam("id") long id) {
        return desk.closeAttendance(id);
    }

    @GET
    @Path("{id}/registrations")
    public List<RegistrationView> registrations(@PathParam("id") long id,
                                                @QueryParam("status") RegistrationStatus status,
                                                @QueryParam("first") @DefaultValue("0") int first,
                                                @QueryParam("size") @DefaultValue("50") int size) {
        return desk.registrations(id, status, new PageRequest(first, size, "arrival", true));
    }

    @POST
    @Path("{id}/registrations")
    public RegistrationView register(@PathParam("id") long id, Person person) {
        if (person == null) {
            throw new RuleViolation(MassOrganizationsModule.BUNDLE, "registration.nameRequired", 50);
        }
        return desk.register(id, person.name(), person.phone());
    }

    @POST
    @Path("{id}/registrations/{registration}/cancel")
    public Response cancelRegistration(@PathParam("id") long id, @PathParam("registration") long registration) {
        desk.cancelRegistration(id, registration);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/registrations/{registration}/check-in")
    public RegistrationView checkIn(@PathParam("id") long id, @PathParam("registration") long registration) {
        return desk.checkIn(id, registration);
    }

    @POST
    @Path("{id}/check-in")
    public RegistrationView checkInByCode(@PathParam("id") long id, CodeCheckIn checkIn) {
        return desk.checkInByCode(id, checkIn == null ? null : checkIn.code());
    }
}
