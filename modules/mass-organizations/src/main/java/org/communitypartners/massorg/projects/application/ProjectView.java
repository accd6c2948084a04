package org.communitypartners.massorg.projects.application;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.communitypartners.massorg.projects.domain.Project;

/** A project with the names of its communities, activities and courses. */
public record ProjectView(long id, long organisationId, String title, String goals, LocalDate startsOn,
                          LocalDate endsOn, List<Named> communities, List<Named> activities, List<Named> courses,
                          long version) {

    /** An id with its name. */
    public record Named(long id, String name) {
    }

    public String communityNames() {
        return String.join("、", communities.stream().map(Named::name).toList());
    }

    public String workNames() {
        return String.join("、", Stream.concat(activities.stream(), courses.stream())
                .map(Named::name).toList());
    }

    static ProjectView of(Project p, List<Named> communities, List<Named> activities, List<Named> courses) {
        return new ProjectView(p.getId(), p.getOrganisationId(), p.getTitle(), p.getGoals(), p.getStartsOn(),
                p.getEndsOn(), communities, activities, courses, p.getVersion());
    }
}
