package org.communitypartners.massorg.projects.web;

import java.math.BigDecimal;
import org.communitypartners.massorg.projects.domain.TargetProgress;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.massorg.MassOrganizationsModule;
import org.communitypartners.massorg.api.OrganisationTargetProgress;
import org.communitypartners.massorg.organisations.application.OrganisationDesk;
import org.communitypartners.massorg.organisations.application.OrganisationView;
import org.communitypartners.massorg.projects.application.ProjectDesk;
import org.communitypartners.massorg.projects.application.ProjectView;
import org.communitypartners.massorg.projects.domain.Project;
import org.communitypartners.massorg.projects.domain.ProjectRepository.Linkable;
import org.communitypartners.massorg.projects.domain.YearlyTarget;

/**
 * Projects an organisation brings into communities, and its yearly target with the progress
 * computed from the data.
 */
@Named("massorgProjectsPage")
@ViewScoped
public class ProjectsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectDesk desk;
    @Inject
    OrganisationDesk organisations;
    @Inject
    Feedback feedback;
    @Inject
    Clock clock;

    private final PagedList<ProjectView> projects = new PagedList<>(new ProjectSource(), ProjectView::id);

    private Long organisationId;
    private OrganisationView organisation;
    private Integer year;
    private OrganisationTargetProgress progress;
    private int minActivities;
    private int minParticipants;
    private int minVolunteerHours;
    private BigDecimal minSatisfaction;

    private String title;
    private String goals;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<Long> communityIds = new ArrayList<>();
    private List<Long> activityIds = new ArrayList<>();
    private List<Long> courseIds = new ArrayList<>();

    public void load() {
        if (year == null) {
            year = LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).getYear();
        }
        List<OrganisationView> choices = getOrganisations();
        if (organisationId == null && choices.size() == 1) {
            organisationId = choices.get(0).id();
        }
        try {
            organisation = organisationId == null ? null : organisations.get(organisationId);
            loadProgress();
        } catch (RuntimeException e) {
            if (Feedback.find(e, NotFoundInScope.class) == null) {
                throw e;
            }
            organisation = null;
            progress = null;
            feedback.info("common.notFound");
        }
    }

    public void loadProgress() {
        progress = organisation == null || year == null ? null : desk.progress(organisationId, year).orElse(null);
        if (progress != null) {
            minActivities = target(0);
            minParticipants = target(1);
            minVolunteerHours = target(2);
            minSatisfaction = progress.measures().stream().filter(m -> m.name().equals(TargetProgress.SATISFACTION))
                    .map(OrganisationTargetProgress.Measure::target).findFirst().orElse(null);
        }
    }

    private int target(int index) {
        return progress.measures().get(index).target().intValue();
    }

    public void saveTarget() {
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> progress = desk.setTarget(organisationId,
                year == null ? 0 : year, new YearlyTarget.Figures(minActivities, minParticipants, minVolunteerHours,
                        minSatisfaction)),
                "target.saved");
    }

    public void prepareProject() {
        title = null;
        goals = null;
        startsOn = null;
        endsOn = null;
        communityIds = new ArrayList<>();
        activityIds = new ArrayList<>();
        courseIds = new ArrayList<>();
    }

    public void createProject() {
        Project.Plan plan = new Project.Plan(title, goals, startsOn, endsOn, new HashSet<>(communityIds),
                new HashSet<>(activityIds), new HashSet<>(courseIds));
        feedback.attemptIn(MassOrganizationsModule.BUNDLE, () -> desk.create(organisationId, plan), "project.created",
                title);
    }

    public List<OrganisationView> getOrganisations() {
        return organisations.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE, "name", true));
    }

    public List<Linkable> getActivityChoices() {
        return organisation == null ? List.of() : desk.activityChoices(organisationId);
    }

    public List<Linkable> getCourseChoices() {
        return organisation == null ? List.of() : desk.courseChoices(organisationId);
    }

    private final class ProjectSource implements PagedList.Source<ProjectView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return organisation == null ? 0 : desk.count(organisationId);
        }

        @Override
        public List<ProjectView> page(Map<String, Object> filters, PageRequest page) {
            return organisation == null ? List.of() : desk.list(organisationId, page);
        }
    }

    public PagedList<ProjectView> getProjects() {
        return projects;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public OrganisationTargetProgress getProgress() {
        return progress;
    }

    public int getMinActivities() {
        return minActivities;
    }

    public void setMinActivities(int minActivities) {
        this.minActivities = minActivities;
    }

    public int getMinParticipants() {
        return minParticipants;
    }

    public void setMinParticipants(int minParticipants) {
        this.minParticipants = minParticipants;
    }

    public int getMinVolunteerHours() {
        return minVolunteerHours;
    }

    public void setMinVolunteerHours(int minVolunteerHours) {
        this.minVolunteerHours = minVolunteerHours;
    }

    public BigDecimal getMinSatisfaction() {
        return minSatisfaction;
    }

    public void setMinSatisfaction(BigDecimal minSatisfaction) {
        this.minSatisfaction = minSatisfaction;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public List<Long> getCommunityIds() {
        return communityIds;
    }

    public void setCommunityIds(List<Long> communityIds) {
        this.communityIds = communityIds;
    }

    public List<Long> getActivityIds() {
        return activityIds;
    }

    public void setActivityIds(List<Long> activityIds) {
        this.activityIds = activityIds;
    }

    public List<Long> getCourseIds() {
        return courseIds;
    }

    public void setCourseIds(List<Long> courseIds) {
        this.courseIds = courseIds;
    }
}
