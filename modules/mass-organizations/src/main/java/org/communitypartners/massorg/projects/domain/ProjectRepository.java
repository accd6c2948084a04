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
}
