package org.communitypartners.massorg.projects.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.communitypartners.massorg.organisations.domain.Rules;

/**
 * A project an organisation brings into communities (带项目进社区): goals, communities, a period,
 * and the activities and courses that carry it out.
 */
@Entity
@Table(name = "mo_project")
public class Project {
    public static final int GOALS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, length = Rules.TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = GOALS_LENGTH)
    private String goals;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mo_project_community", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "community_id")
    private Set<Long> communityIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mo_project_activity", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "activity_id")
    private Set<Long> activityIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mo_project_course", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "course_id")
    private Set<Long> courseIds = new HashSet<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Project() {
    }

    /** What staff write about a project; the ids are checked against the organisation by the caller. */
    public record Plan(String title, String goals, LocalDate startsOn, LocalDate endsOn, Set<Long> communityIds,
                       Set<Long> activityIds, Set<Long> courseIds) {
    }

    public Project(long organisationId, Plan plan, String createdBy, Instant createdAt) {
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        change(plan);
    }

    public void change(Plan plan) {
        Rules.requirePeriod(plan.startsOn(), plan.endsOn());
        if (plan.communityIds() == null || plan.communityIds().isEmpty()) {
            throw Rules.violation("project.communityRequired");
        }
        this.title = Rules.requireText(plan.title(), Rules.TITLE_LENGTH, "project.titleRequired");
        this.goals = Rules.requireText(plan.goals(), GOALS_LENGTH, "project.goalsRequired");
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.communityIds = new HashSet<>(plan.communityIds());
        this.activityIds = new HashSet<>(plan.activityIds() == null ? Set.of() : plan.activityIds());
        this.courseIds = new HashSet<>(plan.courseIds() == null ? Set.of() : plan.courseIds());
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getTitle() {
        return title;
    }

    public String getGoals() {
        return goals;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Set<Long> getCommunityIds() {
        return Set.copyOf(communityIds);
    }

    public Set<Long> getActivityIds() {
        return Set.copyOf(activityIds);
    }

    public Set<Long> getCourseIds() {
        return Set.copyOf(courseIds);
    }

    public long getVersion() {
        return version;
    }
}
