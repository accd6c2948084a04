package org.communitypartners.massorg.projects.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.massorg.api.OrganisationTargetProgress;
import org.communitypartners.massorg.courses.domain.Course;
import org.communitypartners.massorg.courses.domain.CourseRepository;
import org.communitypartners.massorg.domain.Activity;
import org.communitypartners.massorg.domain.ActivityRepository;
import org.communitypartners.massorg.organisations.application.OrganisationAccess;
import org.communitypartners.massorg.organisations.domain.Organisation;
import org.communitypartners.massorg.organisations.domain.Rules;
import org.communitypartners.massorg.projects.application.ProjectView.Named;
import org.communitypartners.massorg.projects.domain.Project;
import org.communitypartners.massorg.projects.domain.ProjectRepository;
import org.communitypartners.massorg.projects.domain.YearlyTarget;

/**
 * Projects an organisation brings into communities, and its yearly targets with progress. The
 * communities must be ones the organisation serves; the activities and courses its own.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF, Roles.PARTNER_STAFF})
public class ProjectDesk {
    public static final String TARGET = "MassOrganisationProject";
    private static final int LINK_CHOICES = 100;

    @Inject
    ProjectRepository projects;
    @Inject
    OrganisationAccess access;
    @Inject
    ActivityRepository activities;
    @Inject
    CourseRepository courses;
    @Inject
    OrgDirectory directory;
    @Inject
    YearProgress progress;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SecurityContext security;

    public ProjectView create(long organisationId, Project.Plan plan) {
        Organisation organisation = access.visible(organisationId);
        if (plan == null) {
            throw Rules.violation("project.titleRequired", Rules.TITLE_LENGTH);
        }
        requireOurs(organisation, plan);
        Project project = projects.add(new Project(organisationId, plan, security.getCallerPrincipal().getName(),
                clock.instant()));
        audit.success("project.create", TARGET, project.getId(), project.getTitle());
        return view(project);
    }

    public ProjectView get(long organisationId, long projectId) {
        access.visible(organisationId);
        return view(projects.find(projectId).filter(p -> p.getOrganisationId() == organisationId)
                .orElseThrow(() -> new NotFoundInScope(TARGET, projectId)));
    }

    public List<ProjectView> list(long organisationId, PageRequest page) {
        access.visible(organisationId);
        return projects.list(organisationId, page).stream().map(this::view).toList();
    }

    public long count(long organisationId) {
        access.visible(organisationId);
        return projects.count(organisationId);
    }

    /** Sets (or changes) the organisation's target for a year; returns the progress against it. */
    public OrganisationTargetProgress setTarget(long organisationId, int year, YearlyTarget.Figures figures) {
        Organisation organisation = access.visible(organisationId);
        String by = security.getCallerPrincipal().getName();
        projects.target(organisationId, year).ifPresentOrElse(t -> t.set(figures, by, clock.instant()),
                () -> projects.add(new YearlyTarget(organisationId, year, figures, by, clock.instant())));
        audit.success("target.set", TARGET, organisationId, year + ": " + figures);
        return progress.of(organisation, year).orElseThrow();
    }

    /** The year's progress, if the organisation has a target for it. */
    public Optional<OrganisationTargetProgress> progress(long organisationId, int year) {
        return progress.of(access.visible(organisationId), year);
    }

    /** The organisation's latest activities a project can link. */
    public List<ProjectRepository.Linkable> activityChoices(long organisationId) {
        return projects.activitiesOf(access.visible(organisationId).getPartnerId(), LINK_CHOICES);
    }

    /** The organisation's latest courses a project can link. */
    public List<ProjectRepository.Linkable> courseChoices(long organisationId) {
        access.visible(organisationId);
        return projects.coursesOf(organisationId, LINK_CHOICES);
    }

    private void requireOurs(Organisation organisation, Project.Plan plan) {
        for (long community : plan.communityIds() == null ? Set.<Long>of() : plan.communityIds()) {
            if (!organisation.serves(community)) {
                throw Rules.violation("project.communityNotServed", community);
            }
        }
        for (long activity : plan.activityIds() == null ? Set.<Long>of() : plan.activityIds()) {
            activities.find(activity).filter(a -> a.getOrganisers().stream()
                            .anyMatch(o -> o.getPartnerId() == organisation.getPartnerId()))
                    .orElseThrow(() -> Rules.violation("project.activityNotOurs", activity));
        }
        for (long course : plan.courseIds() == null ? Set.<Long>of() : plan.courseIds()) {
            courses.find(course).filter(c -> c.getOrganisationId() == organisation.getId())
                    .orElseThrow(() -> Rules.violation("project.courseNotOurs", course));
        }
    }

    private ProjectView view(Project project) {
        List<Named> communities = project.getCommunityIds().stream().sorted()
                .map(id -> new Named(id, directory.find(id).map(OrgUnitView::name).orElse(""))).toList();
        List<Named> linkedActivities = project.getActivityIds().stream().sorted()
                .map(id -> new Named(id, activities.find(id).map(Activity::getTitle).orElse(""))).toList();
        List<Named> linkedCourses = project.getCourseIds().stream().sorted()
                .map(id -> new Named(id, courses.find(id).map(Course::getTitle).orElse(""))).toList();
        return ProjectView.of(project, communities, linkedActivities, linkedCourses);
    }
}
