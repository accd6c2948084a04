package org.communitypartners.massorg.courses.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

public interface CourseRepository {

    Optional<Course> find(long id);

    Course add(Course course);

    /** The organisation's courses, newest term first. */
    List<Course> list(long organisationId, PageRequest page);

    long count(long organisationId);

    Optional<CourseSession> session(long id);

    CourseSession add(CourseSession session);

    List<CourseSession> sessions(long courseId, PageRequest page);

    long countSessions(long courseId);

    /** Adds the person to the roster; refuses a phone already on it. */
    Enrolment add(Enrolment enrolment);

    List<Enrolment> roster(long courseId);

    List<Attendance> attendance(long sessionId);

    void add(Attendance attendance);

    /** Per session of the course: how many were present. */
    Map<Long, Long> presentBySession(long courseId);
}
