package org.communitypartners.massorg.courses.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.communitypartners.massorg.organisations.domain.Rules;

/** A course of an organisation for one term (e.g. 合唱班 2026 年秋季) in one community, with its teacher. */
@Entity
@Table(name = "mo_course")
public class Course {
    public static final int TERM_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CourseKind kind;

    @Column(nullable = false, length = Rules.TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = TERM_LENGTH)
    private String term;

    @Column(name = "term_starts_on", nullable = false)
    private LocalDate termStartsOn;

    @Column(name = "term_ends_on", nullable = false)
    private LocalDate termEndsOn;

    @Column(nullable = false, length = Rules.NAME_LENGTH)
    private String teacher;

    @Column(nullable = false, length = Rules.VENUE_LENGTH)
    private String venue;

    @Version
    private long version;

    protected Course() {
    }

    public Course(long organisationId, long communityId, Plan plan) {
        this.organisationId = organisationId;
        this.communityId = communityId;
        change(plan);
    }

    /** What staff write about a course. */
    public record Plan(CourseKind kind, String title, String term, LocalDate termStartsOn, LocalDate termEndsOn,
                       String teacher, String venue) {
    }

    public void change(Plan plan) {
        if (plan.kind() == null) {
            throw Rules.violation("course.kindRequired");
        }
        Rules.requirePeriod(plan.termStartsOn(), plan.termEndsOn());
        this.kind = plan.kind();
        this.title = Rules.requireText(plan.title(), Rules.TITLE_LENGTH, "course.titleRequired");
        this.term = Rules.requireText(plan.term(), TERM_LENGTH, "course.termRequired");
        this.termStartsOn = plan.termStartsOn();
        this.termEndsOn = plan.termEndsOn();
        this.teacher = Rules.requireText(plan.teacher(), Rules.NAME_LENGTH, "course.teacherRequired");
        this.venue = Rules.requireText(plan.venue(), Rules.VENUE_LENGTH, "course.venueRequired");
    }

    /** Whether a session on this day (Asia/Shanghai) falls within the term. */
    public boolean inTerm(LocalDate day) {
        return !day.isBefore(termStartsOn) && !day.isAfter(termEndsOn);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public CourseKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getTerm() {
        return term;
    }

    public LocalDate getTermStartsOn() {
        return termStartsOn;
    }

    public LocalDate getTermEndsOn() {
        return termEndsOn;
    }

    public String getTeacher() {
        return teacher;
    }

    public String getVenue() {
        return venue;
    }

    public long getVersion() {
        return version;
    }
}
