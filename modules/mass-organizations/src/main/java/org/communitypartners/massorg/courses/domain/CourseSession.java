package org.communitypartners.massorg.courses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import org.communitypartners.massorg.organisations.domain.Rules;

/** One lesson of a course: when and where. */
@Entity
@Table(name = "mo_course_session")
public class CourseSession {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = Rules.VENUE_LENGTH)
    private String venue;

    @Version
    private long version;

    protected CourseSession() {
    }

    /** A session of the course within its term; the venue defaults to the course's. */
    public CourseSession(Course course, Instant startsAt, Instant endsAt, String venue) {
        if (startsAt == null || endsAt == null) {
            throw Rules.violation("session.timesRequired");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw Rules.violation("session.endsBeforeStart");
        }
        if (!course.inTerm(startsAt.atZone(SHANGHAI).toLocalDate())) {
            throw Rules.violation("session.outsideTerm", course.getTermStartsOn(), course.getTermEndsOn());
        }
        this.courseId = course.getId();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.venue = venue == null || venue.isBlank() ? course.getVenue()
                : Rules.requireText(venue, Rules.VENUE_LENGTH, "course.venueRequired");
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public long getVersion() {
        return version;
    }
}
