package org.communitypartners.massorg.organisations.application;

import java.util.List;
import org.communitypartners.massorg.organisations.domain.Organisation;
import org.communitypartners.massorg.organisations.domain.OrganisationKind;

/** An organisation with the names of the communities it serves. */
public record OrganisationView(long id, long partnerId, String name, OrganisationKind kind, long homeUnitId,
                               List<CommunityView> communities, long version) {

    /** A served community. */
    public record CommunityView(long id, String name) {
    }

    public String communityNames() {
        return String.join("、", communities.stream().map(CommunityView::name).toList());
    }

    static OrganisationView of(Organisation o, List<CommunityView> communities) {
        return new OrganisationView(o.getId(), o.getPartnerId(), o.getName(), o.getKind(), o.getHomeUnitId(),
                communities, o.getVersion());
    }
}
