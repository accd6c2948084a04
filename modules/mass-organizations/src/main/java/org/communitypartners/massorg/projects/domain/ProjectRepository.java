package org.communitypartners.massorg.projects.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

public interface ProjectRepository {

    Optional<Project> find(long id);

    Project add(Project project);

    List<Project> list(long organisationId, PageRequest page);

    long count(long organisationId);

    Optional<YearlyTarget> target(long organisationId, int year);

    YearlyTarget add(YearlyTarget target);

    /** What the organisation (its partner id for activities) did in [from, to). */
    YearActuals actuals(long organisationId, long partnerId, Instant from, Instant to);

    /** The latest activities the partner organised (not called off): id and title, at most {@code limit}. */
    List<Linkable> activitiesOf(long partnerId, int limit);

    /** The organisation's latest courses: id and title, at most {@code limit}. */
    List<Linkable> coursesOf(long organisationId, int limit);

    /** An activity or course a project can link. */
    record Linkable(long id, String title) {
    }
}
