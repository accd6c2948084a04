package org.communitypartners.massorg.projects.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.massorg.api.OrganisationTargetProgress;
import org.communitypartners.massorg.api.OrganisationTargets;
import org.communitypartners.massorg.organisations.application.OrganisationAccess;
import org.communitypartners.massorg.organisations.domain.Organisation;
import org.communitypartners.massorg.organisations.domain.OrganisationRepository;

/** {@link OrganisationTargets} for the dashboard; a CDI bean, since EJBs behind interfaces broke injection here. */
@ApplicationScoped
@Transactional
public class ScopedOrganisationTargets implements OrganisationTargets {

    @Inject
    OrganisationRepository organisations;
    @Inject
    OrganisationAccess access;
    @Inject
    YearProgress progress;

    @Override
    public List<OrganisationTargetProgress> forYear(int year) {
        List<OrganisationTargetProgress> all = new ArrayList<>();
        int first = 0;
        List<Organisation> page;
        do {
            page = organisations.list(access.filter(null, null), new PageRequest(first, PageRequest.MAX_SIZE, "name", true));
            page.forEach(o -> progress.of(o, year).ifPresent(all::add));
            first += PageRequest.MAX_SIZE;
        } while (page.size() == PageRequest.MAX_SIZE);
        return all;
    }

    @Override
    public Optional<OrganisationTargetProgress> ofPartner(long partnerId, int year) {
        return organisations.findByPartner(partnerId).filter(access::sees).flatMap(o -> progress.of(o, year));
    }
}
