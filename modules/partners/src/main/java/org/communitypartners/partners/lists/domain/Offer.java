package org.communitypartners.partners.lists.domain;

import java.util.Set;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.ServiceCategory;

/** What a partner offers against needs: a service or a resource. */
public interface Offer {

    /**
     * Partners whose offers may be listed and matched. An approved partner has been vetted by its
     * community; its offers are what the agreement the subdistrict then signs is drafted from, so
     * they are listed already. Suspended and exited partners offer nothing.
     */
    Set<PartnerStatus> OFFERING_PARTNERS = Set.of(PartnerStatus.APPROVED, PartnerStatus.ACTIVE);

    OfferKind kind();

    Long getId();

    String getCode();

    long getPartnerId();

    ServiceCategory getCategory();

    Placement getPlacement();

    AvailabilityWindow availability();
}
