package org.communitypartners.massorg.courses.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.massorg.courses.domain.Attendance;
import org.communitypartners.massorg.courses.domain.AttendanceSheet;
import org.communitypartners.massorg.courses.domain.Course;
import org.communitypartners.massorg.courses.domain.CourseRepository;
import org.communitypartners.massorg.courses.domain.CourseSession;
import org.communitypartners.massorg.courses.domain.Enrolment;
import org.communitypartners.massorg.organisations.application.OrganisationAccess;
import org.communitypartners.massorg.organisations.domain.Member;
import org.communitypartners.massorg.organisations.domain.Organisation;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository;
import org.communitypartners.massorg.organisations.domain.Rules;

/**
 * Courses of an organisation: the term plan, sessions, the roster and attendance per session.
 * Whoever sees the organisation sees its courses; any other course id answers as missing.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class CourseDesk {
    public static final String TARGET = "Course";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    CourseRepository courses;
    @Inject
    OrganisationRepository organisations;
    @Inject
    OrganisationAccess access;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SecurityContext security;

    /** A course as staff write it. */
    public record Draft(Long organisationId, Long communityId, Course.Plan plan) {
    }

    public CourseView create(Draft draft) {
        if (draft == null || draft.organisationId() == null || draft.plan() == null) {
            throw Rules.violation("course.organisationRequired");
        }
        Organisation organisation = access.visible(draft.organisationId());
        if (draft.communityId() == null || !organisation.serves(draft.communityId())) {
            throw Rules.violation("course.communityNotServed");
        }
        Course course = courses.add(new Course(organisation.getId(), draft.communityId(), draft.plan()));
        audit.success("course.create", TARGET, course.getId(), course.getTitle());
        return view(course, organisation);
    }

    public CourseView get(long id) {
        Course course = visible(id);
        return view(course, access.visible(course.getOrganisationId()));
    }

    public List<CourseView> list(long organisationId, PageRequest page) {
        Organisation organisation = access.visible(organisationId);
        return courses.list(organisationId, page).stream().map(c -> view(c, organisation)).toList();
    }

    public long count(long organisationId) {
        access.visible(organisationId);
        return courses.count(organisationId);
    }

    public SessionView addSession(long courseId, Instant startsAt, Instant endsAt, String venue) {
        Course course = visible(courseId);
        CourseSession session = courses.add(new CourseSession(course, startsAt, endsAt, venue));
        audit.success("course.addSession", TARGET, courseId, String.valueOf(session.getId()));
        return SessionView.of(session, 0, courses.roster(courseId).size());
    }

    public List<SessionView> sessions(long courseId, PageRequest page) {
        visible(courseId);
        Map<Long, Long> present = courses.presentBySession(courseId);
        int enrolled = courses.roster(courseId).size();
        return courses.sessions(courseId, page).stream()
                .map(s -> SessionView.of(s, present.getOrDefault(s.getId(), 0L), enrolled)).toList();
    }

    public long countSessions(long courseId) {
        visible(courseId);
        return courses.countSessions(courseId);
    }

    /** Enrols a member of the organisation, or (no member id) a resident by name and phone. */
    public RosterEntryView enrol(long courseId, Long memberId, String name, String phone) {
        Course course = visible(courseId);
        Enrolment enrolment;
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        if (memberId != null) {
            Member member = organisations.member(memberId)
                    .filter(m -> m.getOrganisationId() == course.getOrganisationId())
                    .orElseThrow(() -> Rules.violation("enrolment.notAMember", memberId));
            enrolment = new Enrolment(courseId, memberId, member.getName(), member.phoneNumber().value(), today);
        } else {
            enrolment = new Enrolment(courseId, null, name, phone, today);
        }
        courses.add(enrolment);
        audit.success("course.enrol", TARGET, courseId, enrolment.phoneNumber().masked());
        return RosterEntryView.of(enrolment, null);
    }

    public List<RosterEntryView> roster(long courseId) {
        visible(courseId);
        return courses.roster(courseId).stream().map(e -> RosterEntryView.of(e, null)).toList();
    }

    /** The session's roster with who came as last recorded (null before attendance is taken). */
    public AttendanceView attendance(long courseId, long sessionId) {
        CourseSession session = session(courseId, sessionId);
        Map<Long, Boolean> recorded = courses.attendance(session.getId()).stream()
                .collect(Collectors.toMap(Attendance::getEnrolmentId, Attendance::isPresent));
        List<Enrolment> roster = courses.roster(courseId);
        AttendanceSheet sheet = AttendanceSheet.of(ids(roster), recorded.entrySet().stream()
                .filter(Map.Entry::getValue).map(Map.Entry::getKey).filter(ids(roster)::contains).toList());
        return new AttendanceView(sessionId, roster.stream()
                .map(e -> RosterEntryView.of(e, recorded.get(e.getId()))).toList(),
                sheet.present(), sheet.absent(), sheet.percentPresent());
    }

    /** Records who came: the ticked people present, everyone else on the roster absent. */
    public AttendanceView recordAttendance(long courseId, long sessionId, Collection<Long> presentEnrolmentIds) {
        CourseSession session = session(courseId, sessionId);
        Instant now = clock.instant();
        if (session.getStartsAt().isAfter(now)) {
            throw Rules.violation("attendance.beforeSession");
        }
        List<Enrolment> roster = courses.roster(courseId);
        AttendanceSheet sheet = AttendanceSheet.of(ids(roster),
                presentEnrolmentIds == null ? List.of() : presentEnrolmentIds);
        Map<Long, Attendance> existing = courses.attendance(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getEnrolmentId, Function.identity()));
        String by = security.getCallerPrincipal().getName();
        sheet.marks().forEach((enrolmentId, present) -> {
            Attendance row = existing.get(enrolmentId);
            if (row == null) {
                courses.add(new Attendance(sessionId, enrolmentId, present, by, now));
            } else {
                row.mark(present, by, now);
            }
        });
        audit.success("course.attendance", TARGET, courseId,
                "session " + sessionId + ": " + sheet.present() + "/" + roster.size());
        return attendance(courseId, sessionId);
    }

    /** The session if it belongs to a course the caller sees. */
    public CourseSession session(long courseId, long sessionId) {
        visible(courseId);
        return courses.session(sessionId).filter(s -> s.getCourseId() == courseId)
                .orElseThrow(() -> new NotFoundInScope("CourseSession", sessionId));
    }

    /** The course if the caller sees its organisation. */
    public Course visible(long id) {
        Course course = courses.find(id).orElseThrow(() -> new NotFoundInScope(TARGET, id));
        access.visible(course.getOrganisationId());
        return course;
    }

    private static Set<Long> ids(List<Enrolment> roster) {
        return roster.stream().map(Enrolment::getId).collect(Collectors.toSet());
    }

    private CourseView view(Course course, Organisation organisation) {
        return CourseView.of(course, organisation.getName(),
                directory.find(course.getCommunityId()).map(OrgUnitView::name).orElse(""));
    }
}
