package org.communitypartners.massorg.projects.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import org.communitypartners.massorg.api.OrganisationTargetProgress;
import org.communitypartners.massorg.application.OrganiserSatisfaction;
import org.communitypartners.massorg.organisations.domain.Organisation;
import org.communitypartners.massorg.projects.domain.ProjectRepository;
import org.communitypartners.massorg.projects.domain.TargetProgress;

/** Computes an organisation's progress for a year from its target and the data; the caller has checked access. */
@ApplicationScoped
public class YearProgress {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    ProjectRepository projects;
    @Inject
    OrganiserSatisfaction satisfaction;

    public Optional<OrganisationTargetProgress> of(Organisation organisation, int year) {
        return projects.target(organisation.getId(), year).map(target -> {
            Instant from = LocalDate.of(year, 1, 1).atStartOfDay(SHANGHAI).toInstant();
            Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(SHANGHAI).toInstant();
            TargetProgress progress = TargetProgress.of(year, target.figures(),
                    projects.actuals(organisation.getId(), organisation.getPartnerId(), from, to).withSatisfaction(
                            satisfaction.of(organisation.getPartnerId(), Year.of(year)).mean()));
            return new OrganisationTargetProgress(organisation.getId(), organisation.getPartnerId(),
                    organisation.getName(), year, progress.measures().stream()
                    .map(m -> new OrganisationTargetProgress.Measure(m.name(), m.target(), m.actual(), m.met(),
                            m.percent())).toList(), progress.met());
        });
    }
}
