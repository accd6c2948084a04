package org.communitypartners.massorg.courses.web;

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
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.massorg.courses.application.AttendanceView;
import org.communitypartners.massorg.courses.application.CourseDesk;
import org.communitypartners.massorg.courses.application.CourseView;
import org.communitypartners.massorg.courses.application.RosterEntryView;
import org.communitypartners.massorg.courses.application.SessionView;
import org.communitypartners.massorg.organisations.domain.Rules;

/** Courses, sessions, rosters and attendance over REST, with the same authorisation as the screen. */
@Path("mass-organizations/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CourseDesk desk;

    /** A session: when, and where if not the course's venue. */
    public record SessionDraft(Instant startsAt, Instant endsAt, String venue) {
    }

    /** Someone to enrol: a member of the organisation by id, or a resident by name and phone. */
    public record EnrolmentDraft(Long memberId, String name, String phone) {
    }

    /** Who came to a session (roster entry ids); everyone else on the roster was absent. */
    public record Present(Set<Long> present) {
    }

    @GET
    public List<CourseView> list(@QueryParam("organisation") Long organisation,
                                 @QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        if (organisation == null) {
            throw Rules.violation("course.organisationRequired");
        }
        return desk.list(organisation, new PageRequest(first, size, null, true));
    }

    @POST
    public CourseView create(CourseDesk.Draft draft) {
        return desk.create(draft);
    }

    @GET
    @Path("{id}")
    public CourseView get(@PathParam("id") long id) {
        return desk.get(id);
    }

    @GET
    @Path("{id}/sessions")
    public List<SessionView> sessions(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        return desk.sessions(id, new PageRequest(first, size, "startsAt", true));
    }

    @POST
    @Path("{id}/sessions")
    public SessionView addSession(@PathParam("id") long id, SessionDraft draft) {
        if (draft == null) {
            throw Rules.violation("session.timesRequired");
        }
        return desk.addSession(id, draft.startsAt(), draft.endsAt(), draft.venue());
    }

    @GET
    @Path("{id}/roster")
    public List<RosterEntryView> roster(@PathParam("id") long id) {
        return desk.roster(id);
    }

    @POST
    @Path("{id}/roster")
    public RosterEntryView enrol(@PathParam("id") long id, EnrolmentDraft draft) {
        if (draft == null) {
            throw Rules.violation("member.nameRequired", Rules.NAME_LENGTH);
        }
        return desk.enrol(id, draft.memberId(), draft.name(), draft.phone());
    }

    @GET
    @Path("{id}/sessions/{session}/attendance")
    public AttendanceView attendance(@PathParam("id") long id, @PathParam("session") long session) {
        return desk.attendance(id, session);
    }

    @PUT
    @Path("{id}/sessions/{session}/attendance")
    public AttendanceView recordAttendance(@PathParam("id") long id, @PathParam("session") long session,
                                           Present present) {
        return desk.recordAttendance(id, session, present == null || present.present() == null ? Set.of()
                : present.present());
    }
}
