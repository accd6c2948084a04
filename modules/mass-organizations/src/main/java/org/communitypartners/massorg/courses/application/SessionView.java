package org.communitypartners.massorg.courses.application;

import java.time.Instant;
import org.communitypartners.massorg.courses.domain.CourseSession;

/** A session with how many on the roster came (0 before attendance is taken). */
public record SessionView(long id, long courseId, Instant startsAt, Instant endsAt, String venue, long present,
                          int enrolled) {

    static SessionView of(CourseSession s, long present, int enrolled) {
        return new SessionView(s.getId(), s.getCourseId(), s.getStartsAt(), s.getEndsAt(), s.getVenue(), present,
                enrolled);
    }
}
