package org.communitypartners.massorg.courses.application;

import java.time.LocalDate;
import org.communitypartners.massorg.courses.domain.Course;
import org.communitypartners.massorg.courses.domain.CourseKind;

/** A course with its organisation's and community's names. */
public record CourseView(long id, long organisationId, String organisationName, long communityId, String communityName,
                         CourseKind kind, String title, String term, LocalDate termStartsOn, LocalDate termEndsOn,
                         String teacher, String venue, long version) {

    static CourseView of(Course c, String organisationName, String communityName) {
        return new CourseView(c.getId(), c.getOrganisationId(), organisationName, c.getCommunityId(), communityName,
                c.getKind(), c.getTitle(), c.getTerm(), c.getTermStartsOn(), c.getTermEndsOn(), c.getTeacher(),
                c.getVenue(), c.getVersion());
    }
}
