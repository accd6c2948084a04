package org.communitypartners.massorg.courses.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.courses.application.AttendanceView;
import org.communitypartners.massorg.courses.application.CourseDesk;
import org.communitypartners.massorg.courses.application.CourseView;
import org.communitypartners.massorg.courses.application.RosterEntryView;
import org.communitypartners.massorg.courses.application.SessionView;
import org.communitypartners.massorg.courses.domain.Course;
import org.communitypartners.massorg.courses.domain.CourseKind;
import org.communitypartners.massorg.organisations.application.MemberView;
import org.communitypartners.massorg.organisations.application.OrganisationDesk;
import org.communitypartners.massorg.organisations.application.OrganisationView;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository.MemberFilter;

/**
 * Courses of an organisation: the lazy list, a new course, and for the chosen course its sessions,
 * its roster (phones masked) and, for the chosen session, attendance ticked from the roster.
 */
@Named("massorgCoursesPage")
@ViewScoped
public class CoursesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int CHOICES = PageRequest.MAX_SIZE;

    @Inject
    CourseDesk desk;
    @Inject
    OrganisationDesk organisations;
    @Inject
    Feedback feedback;

    private final PagedList<CourseView> courses = new PagedList<>(new CourseSource(), CourseView::id);
    private final PagedList<SessionView> sessions = new PagedList<>(new SessionSource(), SessionView::id);

    private Long organisationId;
    private Long courseId;
    private Long sessionId;
    private OrganisationView organisation;
    private CourseView course;
    private AttendanceView attendance;
    private List<Long> present = new ArrayList<>();
    private List<RosterEntryView> roster = List.of();

    private CourseKind kind = CourseKind.CHORUS;
    private String title;
    private String term;
    private LocalDate termStartsOn;
    private LocalDate termEndsOn;
    private String teacher;
    private String venue;
    private Long communityId;

    private LocalDateTime sessionStartsAt;
    private LocalDateTime sessionEndsAt;
    private String sessionVenue;

    private Long memberId;
    private String personName;
    private String personPhone;

    public void load() {
        List<OrganisationView> choices = getOrganisations();
        if (organisationId == null && choices.size() == 1) {
            organisationId = choices.get(0).id();
        }
        try {
            organisation = organisationId == null ? null : organisations.get(organisationId);
            course = courseId == null ? null : desk.get(courseId);
            if (course != null && course.organisationId() != organisationId) {
                course = null;
                sessionId = null;
            }
            loadAttendance();
        } catch (RuntimeException e) {
            if (Feedback.find(e, NotFoundInScope.class) == null) {
                throw e;
            }
            organisation = null;
            course = null;
            attendance = null;
            feedback.info("common.notFound");
        }
    }

    private void loadAttendance() {
        roster = course == null ? List.of() : desk.roster(courseId);
        attendance = course == null || sessionId == null ? null : desk.attendance(courseId, sessionId);
        present = attendance == null ? new ArrayList<>() : new ArrayList<>(attendance.roster().stream()
                .filter(r -> Boolean.TRUE.equals(r.present())).map(RosterEntryView::id).toList());
    }

    public void prepareCourse() {
        kind = CourseKind.CHORUS;
        title = null;
        term = null;
        termStartsOn = null;
        termEndsOn = null;
        teacher = null;
        venue = null;
        communityId = organisation == null || organisation.communities().size() != 1 ? null
                : organisation.communities().get(0).id();
    }

    public void createCourse() {
        CourseDesk.Draft draft = new CourseDesk.Draft(organisationId, communityId,
                new Course.Plan(kind, title, term, termStartsOn, termEndsOn, teacher, venue));
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> {
            course = desk.create(draft);
            courseId = course.id();
            sessionId = null;
            loadAttendance();
        }, "course.created", title);
    }

    public void addSession() {
        if (feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> desk.addSession(courseId,
                instant(sessionStartsAt), instant(sessionEndsAt), sessionVenue), "session.added")) {
            sessionStartsAt = null;
            sessionEndsAt = null;
            sessionVenue = null;
        }
    }

    public void enrol() {
        if (feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> desk.enrol(courseId, memberId, personName,
                personPhone), "enrolment.done")) {
            memberId = null;
            personName = null;
            personPhone = null;
            loadAttendance();
        }
    }

    public void saveAttendance() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> attendance = desk.recordAttendance(courseId, sessionId,
                present), "attendance.saved");
    }

    public List<OrganisationView> getOrganisations() {
        return organisations.list(null, null, new PageRequest(0, CHOICES, "name", true));
    }

    /** Members not yet on the roster, to enrol by picking. */
    public List<MemberView> getMemberChoices() {
        if (course == null) {
            return List.of();
        }
        List<Long> enrolled = roster.stream().map(RosterEntryView::memberId).toList();
        return organisations.members(organisationId, new MemberFilter(null, false, false),
                new PageRequest(0, CHOICES, "name", true)).stream().filter(m -> !enrolled.contains(m.id())).toList();
    }

    public List<RosterEntryView> getRoster() {
        return roster;
    }

    public CourseKind[] getKinds() {
        return CourseKind.values();
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ShanghaiTime.ZONE).toInstant();
    }

    private final class CourseSource implements PagedList.Source<CourseView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return organisationId == null ? 0 : desk.count(organisationId);
        }

        @Override
        public List<CourseView> page(Map<String, Object> filters, PageRequest page) {
            return organisationId == null ? List.of() : desk.list(organisationId, page);
        }
    }

    private final class SessionSource implements PagedList.Source<SessionView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return course == null ? 0 : desk.countSessions(courseId);
        }

        @Override
        public List<SessionView> page(Map<String, Object> filters, PageRequest page) {
            return course == null ? List.of() : desk.sessions(courseId, page);
        }
    }

    public PagedList<CourseView> getCourses() {
        return courses;
    }

    public PagedList<SessionView> getSessions() {
        return sessions;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public CourseView getCourse() {
        return course;
    }

    public AttendanceView getAttendance() {
        return attendance;
    }

    public List<Long> getPresent() {
        return present;
    }

    public void setPresent(List<Long> present) {
        this.present = present;
    }

    public CourseKind getKind() {
        return kind;
    }

    public void setKind(CourseKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public LocalDate getTermStartsOn() {
        return termStartsOn;
    }

    public void setTermStartsOn(LocalDate termStartsOn) {
        this.termStartsOn = termStartsOn;
    }

    public LocalDate getTermEndsOn() {
        return termEndsOn;
    }

    public void setTermEndsOn(LocalDate termEndsOn) {
        this.termEndsOn = termEndsOn;
    }

    public String getTeacher() {
        return teacher;
    }

    public void setTeacher(String teacher) {
        this.teacher = teacher;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public LocalDateTime getSessionStartsAt() {
        return sessionStartsAt;
    }

    public void setSessionStartsAt(LocalDateTime sessionStartsAt) {
        this.sessionStartsAt = sessionStartsAt;
    }

    public LocalDateTime getSessionEndsAt() {
        return sessionEndsAt;
    }

    public void setSessionEndsAt(LocalDateTime sessionEndsAt) {
        this.sessionEndsAt = sessionEndsAt;
    }

    public String getSessionVenue() {
        return sessionVenue;
    }

    public void setSessionVenue(String sessionVenue) {
        this.sessionVenue = sessionVenue;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonPhone() {
        return personPhone;
    }

    public void setPersonPhone(String personPhone) {
        this.personPhone = personPhone;
    }
}
